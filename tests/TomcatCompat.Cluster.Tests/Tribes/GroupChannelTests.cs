using System.Net;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Membership;
using TomcatCompat.Cluster.Tribes.Transport;

namespace TomcatCompat.Cluster.Tests.Tribes;

public sealed class GroupChannelTests
{
    [Fact]
    public async Task GroupChannel_sends_go_down_in_document_order_and_receives_come_up_in_reverse()
    {
        var trace = new List<string>();
        var coordinator = new ChannelCoordinator(new ReceiverOptions { Address = IPAddress.Loopback, Port = 0 }, new SenderOptions(),
            p => new StaticMembershipService(new StaticMembershipOptions(), [], new Member("127.0.0.1", 0, new UniqueId(0, 1)), p))
        {
            StartOptions = ChannelStartOptions.Receiver | ChannelStartOptions.MembershipReceive,
        };
        await using var channel = new GroupChannel(coordinator) { HeartbeatEnabled = false };
        channel.AddInterceptor(new Tagging("first", trace));
        channel.AddInterceptor(new Tagging("second", trace));
        var received = new List<string>();
        channel.AddChannelListener(new Listener(received));
        await channel.StartAsync(CancellationToken.None);

        await Assert.ThrowsAsync<ChannelException>(() => channel.SendAsync([RecordingLayer.Local], new byte[] { 1 }, SendOptions.None, CancellationToken.None).AsTask());
        coordinator.Previous!.MessageReceived(RecordingLayer.Message([2]));

        Assert.Equal(["send first", "send second", "receive second", "receive first"], trace);
        Assert.Single(received);
        Assert.Throws<InvalidOperationException>(() => channel.AddInterceptor(new Tagging("late", trace)));
    }

    [Fact]
    public async Task GroupChannel_heartbeatSleeptime_5000_drives_membership_pings_on_the_injected_clock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var pinger = new FakePinger();
        var peer = new Member("127.0.0.1", 14001, new UniqueId(0, 2));
        var coordinator = new ChannelCoordinator(new ReceiverOptions { Address = IPAddress.Loopback, Port = 0 }, new SenderOptions(),
            _ => new StaticMembershipService(new StaticMembershipOptions(), [peer], new Member("127.0.0.1", 0, new UniqueId(0, 1)), pinger, time));
        await using var channel = new GroupChannel(coordinator, time) { HeartbeatSleeptime = TimeSpan.FromMilliseconds(5000) };
        await channel.StartAsync(CancellationToken.None);
        var afterStart = pinger.Pinged.Count;

        time.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.Equal(afterStart, pinger.Pinged.Count);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(afterStart + 1, pinger.Pinged.Count);
        Assert.Equal(0, channel.HeartbeatFailures);
    }

    private sealed class Tagging(string name, List<string> trace) : ChannelInterceptorBase
    {
        public override ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
        {
            trace.Add("send " + name);
            return base.SendAsync(destination, message, cancellationToken);
        }

        public override void MessageReceived(ChannelMessage message)
        {
            trace.Add("receive " + name);
            base.MessageReceived(message);
        }
    }

    private sealed class Listener(List<string> received) : IChannelListener
    {
        public void MessageReceived(ChannelMessage message) => received.Add("message");
    }
}
