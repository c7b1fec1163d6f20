using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>
/// Stands in for the coordinator below an interceptor (records what is sent down) and for the
/// channel above it (records what comes up), so an interceptor can be tested without sockets.
/// </summary>
internal sealed class RecordingLayer : ChannelInterceptorBase
{
    public static readonly Member Local = new("127.0.0.1", 4000, new UniqueId(0, 1));

    public ConcurrentQueue<ChannelMessage> Sent { get; } = new();

    public ConcurrentQueue<ChannelMessage> Received { get; } = new();

    public ConcurrentQueue<(Member Member, bool Added)> Events { get; } = new();

    public List<Member> Members { get; } = [];

    public Func<IReadOnlyList<Member>, ChannelException?> FailWith { get; set; } = _ => null;

    public override Member LocalMember => Local;

    public override IReadOnlyList<Member> GetMembers() => Members;

    public override Member? GetMember(UniqueId id) => Members.FirstOrDefault(m => m.Id == id);

    public override ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        if (FailWith(destination) is { } e)
            throw e;
        Sent.Enqueue(message);
        return ValueTask.CompletedTask;
    }

    public override void MessageReceived(ChannelMessage message) => Received.Enqueue(message);

    public override void MemberAdded(Member member) => Events.Enqueue((member, true));

    public override void MemberDisappeared(Member member, MemberLeaveReason reason) => Events.Enqueue((member, false));

    /// <summary>Links top → interceptor → bottom.</summary>
    public static (RecordingLayer Top, RecordingLayer Bottom) Around(IChannelInterceptor interceptor)
    {
        var top = new RecordingLayer();
        var bottom = new RecordingLayer();
        top.Next = interceptor;
        interceptor.Previous = top;
        interceptor.Next = bottom;
        bottom.Previous = interceptor;
        return (top, bottom);
    }

    public static ChannelMessage Message(byte[] payload, SendOptions options = SendOptions.None, Member? sender = null) =>
        new(sender ?? Local, 1, options, payload);
}
