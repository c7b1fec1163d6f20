using System.Diagnostics.Metrics;
using CsCheck;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Interceptors;

namespace TomcatCompat.Cluster.Tests.Tribes.Interceptors;

public sealed class PayloadInterceptorTests
{
    [Fact]
    public async Task GzipInterceptor_compressionMinSize_leaves_small_payloads_alone_and_round_trips_large_ones()
    {
        var gzip = new GzipInterceptor { CompressionMinSize = 10 };
        var (top, bottom) = RecordingLayer.Around(gzip);
        var large = new byte[1000];

        await gzip.SendAsync([], RecordingLayer.Message([1, 2, 3]), CancellationToken.None);
        await gzip.SendAsync([], RecordingLayer.Message(large), CancellationToken.None);
        var sent = bottom.Sent.ToArray();
        gzip.MessageReceived(sent[1]);

        Assert.Equal(SendOptions.None, sent[0].Options);
        Assert.Equal(SendOptions.Compressed, sent[1].Options);
        Assert.True(sent[1].Payload.Length < 100);
        Assert.Equal(large, top.Received.Single().Payload.ToArray());
        Assert.Equal(SendOptions.None, top.Received.Single().Options);
    }

    [Fact]
    public void GzipInterceptor_bomb_and_garbage_are_dropped_and_counted()
    {
        var gzip = new GzipInterceptor { MaxDecompressedSize = 1024 };
        var (top, _) = RecordingLayer.Around(gzip);

        gzip.MessageReceived(RecordingLayer.Message(GzipInterceptor.Compress(new byte[100_000]), SendOptions.Compressed));
        Gen.Byte.Array[0, 64].Sample(b => gzip.MessageReceived(RecordingLayer.Message(b, SendOptions.Compressed)), iter: 200);

        Assert.Empty(top.Received);
        Assert.Equal(201, gzip.Rejected);
    }

    [Fact]
    public void DomainFilterInterceptor_domain_drops_other_domains_messages_and_events()
    {
        var inside = new Member("127.0.0.1", 1, new UniqueId(0, 1), "blue");
        var outside = new Member("127.0.0.1", 2, new UniqueId(0, 2), "red");
        var filter = new DomainFilterInterceptor("blue");
        var (top, bottom) = RecordingLayer.Around(filter);
        bottom.Members.AddRange([inside, outside]);

        filter.MessageReceived(RecordingLayer.Message([1], sender: inside));
        filter.MessageReceived(RecordingLayer.Message([2], sender: outside));
        filter.MemberAdded(outside);
        filter.MemberAdded(inside);

        Assert.Equal([inside], top.Received.Select(m => m.Sender));
        Assert.Equal([(inside, true)], top.Events);
        Assert.Equal([inside], filter.GetMembers());
        Assert.Equal(1, filter.Dropped);
    }

    [Fact]
    public async Task ThroughputInterceptor_counts_messages_and_publishes_metrics()
    {
        var throughput = new ThroughputInterceptor { ChannelName = "metrics-test" };
        var (top, _) = RecordingLayer.Around(throughput);
        long bytesSent = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == ThroughputInterceptor.MeterName)
                l.EnableMeasurementEvents(i);
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) =>
        {
            if (i.Name == "tribes.bytes.sent" && tags.ToArray().Any(t => Equals(t.Value, "metrics-test")))
                Interlocked.Add(ref bytesSent, value);
        });
        listener.Start();
        var peer = new Member("127.0.0.1", 1, new UniqueId(0, 1));

        await throughput.SendAsync([peer, peer], RecordingLayer.Message(new byte[10]), CancellationToken.None);
        throughput.MessageReceived(RecordingLayer.Message(new byte[3]));

        Assert.Equal(1, throughput.Sent);
        Assert.Equal(1, throughput.Received);
        Assert.Equal(20, Interlocked.Read(ref bytesSent));
        Assert.Single(top.Received);
    }
}
