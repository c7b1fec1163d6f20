using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary><see cref="IReplicationChannel"/> over a Tribes channel: session messages travel as data frames.</summary>
internal sealed class GroupChannelReplication(IChannel channel) : IReplicationChannel
{
    private long _messages;
    private long _bytes;

    /// <summary>Session messages handed to the channel, one per destination (benchmarks: messages per write vs N).</summary>
    public long MessagesSent => Interlocked.Read(ref _messages);

    /// <summary>Payload bytes handed to the channel, summed over destinations (frame headers and acks not included).</summary>
    public long BytesSent => Interlocked.Read(ref _bytes);

    public Member LocalMember => channel.LocalMember;

    public IReadOnlyList<Member> Members => channel.GetMembers();

    public ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<Member> to = destination is null ? channel.GetMembers() : [destination];
        if (to.Count == 0)
            return ValueTask.CompletedTask;
        var payload = SessionMessageCodec.Encode(message);
        Interlocked.Add(ref _messages, to.Count);
        Interlocked.Add(ref _bytes, (long)payload.Length * to.Count);
        return channel.SendAsync(to, payload, options, cancellationToken);
    }
}
