namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>The multicast group as <see cref="McastService"/> uses it: send a datagram to the group, receive one. In-memory in tests.</summary>
internal interface IMulticastTransport : IDisposable
{
    ValueTask SendAsync(ReadOnlyMemory<byte> datagram, CancellationToken cancellationToken);

    /// <summary>The next datagram (at most <paramref name="buffer"/>'s length), or 0 bytes when <paramref name="timeout"/> passed first.</summary>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken);
}
