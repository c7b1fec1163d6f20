using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Interceptors;

namespace TomcatCompat.Cluster.Tests.Tribes.Interceptors;

public sealed class MessageDispatchInterceptorTests
{
    private static readonly Member Peer = new("127.0.0.1", 14001, new UniqueId(0, 2));

    [Fact]
    public async Task MessageDispatchInterceptor_async_message_is_sent_by_a_worker_and_drained_on_stop()
    {
        var dispatch = new MessageDispatchInterceptor { MaxThreads = 2 };
        var (_, bottom) = RecordingLayer.Around(dispatch);
        await dispatch.StartAsync(CancellationToken.None);

        for (var i = 0; i < 50; i++)
            await dispatch.SendAsync([Peer], RecordingLayer.Message([(byte)i], SendOptions.Asynchronous), CancellationToken.None);
        await dispatch.StopAsync(CancellationToken.None);

        Assert.Equal(50, bottom.Sent.Count);
        Assert.Equal(0, dispatch.QueuedBytes);
    }

    [Fact]
    public async Task MessageDispatchInterceptor_message_without_async_flag_passes_synchronously()
    {
        var dispatch = new MessageDispatchInterceptor();
        var (_, bottom) = RecordingLayer.Around(dispatch);

        await dispatch.SendAsync([Peer], RecordingLayer.Message([1], SendOptions.UseAck), CancellationToken.None);

        Assert.Single(bottom.Sent);
    }

    [Fact]
    public async Task MessageDispatchInterceptor_full_queue_with_alwaysSend_false_refuses_the_message()
    {
        var dispatch = new MessageDispatchInterceptor { MaxQueueSize = 4, AlwaysSend = false };
        RecordingLayer.Around(dispatch);

        var e = await Assert.ThrowsAsync<ChannelException>(() =>
            dispatch.SendAsync([Peer], RecordingLayer.Message(new byte[5], SendOptions.Asynchronous), CancellationToken.None).AsTask());

        Assert.Equal("dispatch queue full", e.FaultyMembers[0].Reason);
    }

    [Fact]
    public async Task MessageDispatchInterceptor_full_queue_with_alwaysSend_true_sends_synchronously()
    {
        var dispatch = new MessageDispatchInterceptor { MaxQueueSize = 4 };
        var (_, bottom) = RecordingLayer.Around(dispatch);

        await dispatch.SendAsync([Peer], RecordingLayer.Message(new byte[5], SendOptions.Asynchronous), CancellationToken.None);

        Assert.Single(bottom.Sent);
    }
}
