namespace TomcatCompat.Cluster.Tribes;

/// <summary>Receives application messages at the top of the stack (Tomcat: <c>ChannelListener</c>).</summary>
internal interface IChannelListener
{
    /// <summary>Called on the receiving thread; a synchronized-ack sender waits until this returns.</summary>
    void MessageReceived(ChannelMessage message);
}
