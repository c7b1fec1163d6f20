using System.Diagnostics.Metrics;

namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// Counts messages and bytes in both directions (Tomcat: ThroughputInterceptor). Tomcat logs every
/// <c>interval</c> messages; here the figures are System.Diagnostics.Metrics instruments on the
/// "TomcatCompat.Cluster" meter, read with dotnet-counters or any MeterListener.
/// </summary>
internal sealed class ThroughputInterceptor : ChannelInterceptorBase
{
    public const string MeterName = "TomcatCompat.Cluster";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> MessagesSent = Meter.CreateCounter<long>("tribes.messages.sent");
    private static readonly Counter<long> BytesSent = Meter.CreateCounter<long>("tribes.bytes.sent", "By");
    private static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>("tribes.messages.received");
    private static readonly Counter<long> BytesReceived = Meter.CreateCounter<long>("tribes.bytes.received", "By");
    private static readonly Counter<long> SendFailures = Meter.CreateCounter<long>("tribes.send.failures");
    private long _sent;
    private long _received;
    private long _failed;

    /// <summary>Tomcat: <c>ThroughputInterceptor@interval</c>, messages, default 10000 (kept for display; nothing is logged).</summary>
    public int Interval { get; init; } = 10000;

    /// <summary>Channel name attached to every measurement as the "channel" tag.</summary>
    public string ChannelName { get; init; } = "Catalina-Channel";

    public long Sent => Interlocked.Read(ref _sent);

    public long Received => Interlocked.Read(ref _received);

    public long Failed => Interlocked.Read(ref _failed);

    public override async ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        var tag = new KeyValuePair<string, object?>("channel", ChannelName);
        try
        {
            await base.SendAsync(destination, message, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
            MessagesSent.Add(1, tag);
            BytesSent.Add((long)message.Payload.Length * destination.Count, tag);
        }
        catch (ChannelException)
        {
            Interlocked.Increment(ref _failed);
            SendFailures.Add(1, tag);
            throw;
        }
    }

    public override void MessageReceived(ChannelMessage message)
    {
        var tag = new KeyValuePair<string, object?>("channel", ChannelName);
        Interlocked.Increment(ref _received);
        MessagesReceived.Add(1, tag);
        BytesReceived.Add(message.Payload.Length, tag);
        base.MessageReceived(message);
    }
}
