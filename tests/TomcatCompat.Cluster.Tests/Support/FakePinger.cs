using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>A pinger whose answers the test decides: members in <see cref="Alive"/> answer.</summary>
internal sealed class FakePinger : IMemberPinger
{
    public ConcurrentDictionary<UniqueId, bool> Alive { get; } = new();

    public ConcurrentQueue<Member> Pinged { get; } = new();

    public ConcurrentQueue<Member> ToldShutdown { get; } = new();

    public ValueTask<bool> PingAsync(Member member, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Pinged.Enqueue(member);
        return ValueTask.FromResult(Alive.GetValueOrDefault(member.Id));
    }

    public ValueTask NotifyShutdownAsync(IReadOnlyList<Member> members, TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var m in members)
            ToldShutdown.Enqueue(m);
        return ValueTask.CompletedTask;
    }
}
