using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Sessions;

namespace ClusterBench;

/// <summary>
/// One cluster node in its own process, built from a server.xml exactly as the library entry point builds it.
/// Prints "ready", then answers one line per command read from stdin:
/// <c>members</c>, <c>create</c>, <c>set ID NAME VALUE</c>, <c>get ID NAME</c>, <c>held</c>,
/// <c>prepare SESSIONS</c>, <c>burst WRITES</c>, <c>lat</c>, <c>stats</c>, <c>quit</c>. A write answers "ok" only after
/// the manager's request-end replication returned (with sync ack: after the peers processed it).
/// </summary>
internal static class NodeProcess
{
    public static async Task<int> RunAsync(string serverXml)
    {
        TomcatCluster cluster;
        try
        {
            cluster = TomcatCluster.Load(new TomcatClusterOptions { ServerXmlPath = serverXml, ManagerName = "localhost#/app" });
            await cluster.StartAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var latency = new LatencyListener();
        var manager = cluster.Manager;
        (manager as DeltaManager)?.AddListener(latency);
        (manager as BackupManager)?.AddListener(latency);
        var replication = (GroupChannelReplication)cluster.Runtime.Replication;
        List<DeltaSession> prepared = [];
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string answer;
            try
            {
                answer = parts switch
                {
                    ["members"] => Text(cluster.Runtime.Channel.GetMembers().Count),
                    ["create"] => await CreateAsync(manager),
                    ["set", var id, var name, var value] => await SetAsync(manager, id, name, Encoding.UTF8.GetBytes(value)),
                    ["get", var id, var name] => await manager.FindSessionAsync(id) is { } s && s.GetAttribute(name) is { } v ? Encoding.UTF8.GetString(v) : "(none)",
                    ["held"] => Text(manager is BackupManager b ? b.HeldSessionIds.Count : manager.ActiveSessions),
                    ["prepare", var sessions] => Text((prepared = await PrepareAsync(manager, int.Parse(sessions, CultureInfo.InvariantCulture))).Count),
                    ["burst", var writes] => await BurstAsync(manager, prepared, int.Parse(writes, CultureInfo.InvariantCulture)),
                    ["lat"] => latency.TakeSummary(),
                    ["stats"] => Text(replication.MessagesSent) + " " + Text(replication.BytesSent),
                    ["quit"] => "bye",
                    _ => "error unknown command",
                };
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or IOException)
            {
                answer = "error " + e.Message;
            }

            Console.Out.WriteLine(answer);
            Console.Out.Flush();
            if (answer == "bye")
                break;
        }

        await cluster.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<string> CreateAsync(ISessionManager manager)
    {
        var session = await manager.CreateSessionAsync() ?? throw new InvalidOperationException("maxActiveSessions reached");
        await manager.RequestCompletedAsync(session);
        return session.Id;
    }

    private static async Task<string> SetAsync(ISessionManager manager, string id, string name, byte[] value)
    {
        if (await manager.FindSessionAsync(id) is not { } session)
            return "missing";
        manager.Access(session);
        session.SetAttribute(name, value);
        await manager.RequestCompletedAsync(session);
        return "ok";
    }

    private static async Task<List<DeltaSession>> PrepareAsync(ISessionManager manager, int sessions)
    {
        var all = new List<DeltaSession>();
        for (var i = 0; i < sessions; i++)
            all.Add(await manager.CreateSessionAsync() ?? throw new InvalidOperationException("maxActiveSessions reached"));
        foreach (var s in all)
            await manager.RequestCompletedAsync(s);
        return all;
    }

    /// <summary>WRITES writes spread over the prepared sessions; "elapsedMs p50us p99us" of the request-end replication time.</summary>
    private static async Task<string> BurstAsync(ISessionManager manager, List<DeltaSession> all, int writes)
    {
        if (all.Count == 0)
            throw new InvalidOperationException("prepare sessions first");
        var micros = new double[writes];
        var value = new byte[8];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < writes; i++)
        {
            var session = all[i % all.Count];
            var start = Stopwatch.GetTimestamp();
            BinaryPrimitives.WriteInt64BigEndian(value, start);
            session.SetAttribute("t", [.. value]);
            await manager.RequestCompletedAsync(session);
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var elapsed = total.Elapsed.TotalMilliseconds;
        Array.Sort(micros);
        return string.Create(CultureInfo.InvariantCulture, $"{elapsed:F1} {Summary.Rank(micros, 0.5):F0} {Summary.Rank(micros, 0.99):F0}");
    }

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
