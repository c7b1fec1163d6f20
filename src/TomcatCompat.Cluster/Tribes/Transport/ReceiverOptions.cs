using System.Net;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>Settings of <see cref="TcpReceiver"/>, taken from <c>&lt;Receiver&gt;</c> (NioReceiver, §9).</summary>
internal sealed record ReceiverOptions
{
    /// <summary>Tomcat: <c>Receiver@address</c>, default auto (resolved by the factory).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Tomcat: <c>Receiver@port</c>, default 4000; 0 binds an ephemeral port (tests).</summary>
    public int Port { get; init; } = 4000;

    /// <summary>Tomcat: <c>Receiver@autoBind</c>, default 100 ports tried; values ≤ 0 become 1.</summary>
    public int AutoBind { get; init; } = 100;

    /// <summary>Largest accepted frame body; larger frames are dropped and the connection closed.</summary>
    public int MaxBodySize { get; init; } = FrameCodec.DefaultMaxBodySize;

    /// <summary>Tomcat: <c>Receiver@timeout</c>, ms, default 3000: the rest of a started frame must arrive within it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>Tomcat: <c>Receiver@tcpNoDelay</c>, default true.</summary>
    public bool TcpNoDelay { get; init; } = true;
}
