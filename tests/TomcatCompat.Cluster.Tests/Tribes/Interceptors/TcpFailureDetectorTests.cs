using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Interceptors;

namespace TomcatCompat.Cluster.Tests.Tribes.Interceptors;

public sealed class TcpFailureDetectorTests
{
    private static readonly Member Peer = new("127.0.0.1", 14001, new UniqueId(0, 2));

    [Fact]
    public async Task TcpFailureDetector_expired_member_that_still_answers_is_kept_as_suspect()
    {
        var pinger = new FakePinger();
        var detector = new TcpFailureDetector(pinger);
        var (top, _) = RecordingLayer.Around(detector);
        detector.MemberAdded(Peer);
        pinger.Alive[Peer.Id] = true;

        detector.MemberDisappeared(Peer, MemberLeaveReason.Expired);
        await detector.WhenIdleAsync();

        Assert.Equal([(Peer, true)], top.Events);
        Assert.Equal([Peer], detector.Suspects);
    }

    [Fact]
    public async Task TcpFailureDetector_expired_member_that_does_not_answer_disappears()
    {
        var pinger = new FakePinger();
        var detector = new TcpFailureDetector(pinger);
        var (top, _) = RecordingLayer.Around(detector);
        detector.MemberAdded(Peer);

        detector.MemberDisappeared(Peer, MemberLeaveReason.Expired);
        await detector.WhenIdleAsync();

        Assert.Equal([(Peer, true), (Peer, false)], top.Events);
        Assert.Single(pinger.Pinged);
    }

    [Fact]
    public async Task TcpFailureDetector_shutdown_is_believed_without_a_check()
    {
        var pinger = new FakePinger();
        var detector = new TcpFailureDetector(pinger);
        var (top, _) = RecordingLayer.Around(detector);
        detector.MemberAdded(Peer);

        detector.MemberDisappeared(Peer, MemberLeaveReason.Shutdown);
        await detector.WhenIdleAsync();

        Assert.Equal([(Peer, true), (Peer, false)], top.Events);
        Assert.Empty(pinger.Pinged);
    }

    [Fact]
    public async Task TcpFailureDetector_send_failure_triggers_verification_and_rethrows()
    {
        var pinger = new FakePinger();
        var detector = new TcpFailureDetector(pinger);
        var (top, bottom) = RecordingLayer.Around(detector);
        detector.MemberAdded(Peer);
        bottom.FailWith = d => new ChannelException("down", [new FaultyMember(Peer, "refused", false)]);

        await Assert.ThrowsAsync<ChannelException>(() => detector.SendAsync([Peer], RecordingLayer.Message([1]), CancellationToken.None).AsTask());
        await detector.WhenIdleAsync();

        Assert.Equal([(Peer, true), (Peer, false)], top.Events);
    }

    [Fact]
    public async Task TcpFailureDetector_member_re_added_after_suspicion_is_not_announced_twice()
    {
        var pinger = new FakePinger();
        var detector = new TcpFailureDetector(pinger);
        var (top, _) = RecordingLayer.Around(detector);
        detector.MemberAdded(Peer);
        pinger.Alive[Peer.Id] = true;
        detector.MemberDisappeared(Peer, MemberLeaveReason.Expired);
        await detector.WhenIdleAsync();

        detector.MemberAdded(Peer);

        Assert.Single(top.Events);
        Assert.Empty(detector.Suspects);
    }
}
