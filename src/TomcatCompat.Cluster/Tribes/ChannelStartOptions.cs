namespace TomcatCompat.Cluster.Tribes;

/// <summary>Which channel services start (Tomcat: <c>Cluster@channelStartOptions</c>, default 15, §3.2).</summary>
[Flags]
internal enum ChannelStartOptions
{
    None = 0,

    /// <summary>Tomcat: <c>SND_RX_SEQ</c> (1): the data receiver.</summary>
    Receiver = 1,

    /// <summary>Tomcat: <c>SND_TX_SEQ</c> (2): the data sender.</summary>
    Sender = 2,

    /// <summary>Tomcat: <c>MBR_RX_SEQ</c> (4): membership receive.</summary>
    MembershipReceive = 4,

    /// <summary>Tomcat: <c>MBR_TX_SEQ</c> (8): membership broadcast.</summary>
    MembershipSend = 8,

    Default = Receiver | Sender | MembershipReceive | MembershipSend,
}
