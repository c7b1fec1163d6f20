using System.Globalization;
using System.Text;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Sessions;

/// <summary>
/// Many requests completing at once on one session (ReplicationValve → requestCompleted) over a channel
/// whose deliveries overtake each other, as parallel pooled connections do.
/// </summary>
public sealed class DeltaManagerConcurrencyTests
{
    [Fact]
    public async Task DeltaManager_32_concurrent_writers_on_one_session_leave_the_replica_at_the_owner_version()
    {
        var owner = new Member("127.0.0.1", 14000, new UniqueId(0, 1));
        var replicaMember = new Member("127.0.0.1", 14001, new UniqueId(0, 2));
        var replica = new DeltaManager(new DeltaManagerOptions { Name = "localhost#/app" }, new OvertakingChannel(replicaMember, owner, null), new SessionIdGenerator(16, "node2"));
        var channel = new OvertakingChannel(owner, replicaMember, replica);
        var manager = new DeltaManager(new DeltaManagerOptions { Name = "localhost#/app" }, channel, new SessionIdGenerator(16, "node1"));
        var session = (await manager.CreateSessionAsync())!;

        var counter = 0;
        await Parallel.ForAsync(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, ct) =>
        {
            session.SetAttribute("counter", Encoding.UTF8.GetBytes(Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture)));
            await manager.RequestCompletedAsync(session, ct);
        });

        var copy = replica.FindSession(session.Id)!;
        Assert.Equal(session.Version, copy.Version);
        Assert.Equal(Encoding.UTF8.GetString(session.GetAttribute("counter")!), Encoding.UTF8.GetString(copy.GetAttribute("counter")!));
        Assert.Equal(0, replica.StaleDropped);
    }

    /// <summary>Delivers each message after a random short delay, so a later send may arrive first.</summary>
    private sealed class OvertakingChannel(Member local, Member peer, DeltaManager? receiver) : IReplicationChannel
    {
        public Member LocalMember => local;

        public IReadOnlyList<Member> Members => [peer];

        public async ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(0, 3), cancellationToken);
            receiver?.MessageReceived(message, local);
        }
    }
}
