namespace TomcatCompat.Cluster.Tribes;

/// <summary>A send failed for some members (Tomcat: <c>ChannelException</c> with its faulty members).</summary>
internal sealed class ChannelException : Exception
{
    public ChannelException(string message, IReadOnlyList<FaultyMember> faultyMembers)
        : base(message) => FaultyMembers = faultyMembers;

    public IReadOnlyList<FaultyMember> FaultyMembers { get; }
}
