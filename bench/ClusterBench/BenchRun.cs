using System.Globalization;

namespace ClusterBench;

/// <summary>
/// One benchmark cell: N node processes on loopback (static membership), node1 writes, the others record when
/// each write becomes visible. Prints one tab-separated line (header in <see cref="Header"/>).
/// </summary>
internal static class BenchRun
{
    public const string Header = "manager\tmode\tnodes\twrites\twrites_per_s\tack_p50_us\tack_p99_us\tvisible_p50_us\tvisible_p99_us\tmsgs_per_write\tbytes_per_write\tcpu_writer_us_per_write\tcpu_receiver_us_per_write";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string manager, string mode, int n, int writes)
    {
        // sync: use_ack + sync (6); async: async (8), queued by MessageDispatchInterceptor.
        var options = mode == "sync" ? 6 : 8;
        var dir = Directory.CreateTempSubdirectory("cluster-bench-").FullName;
        var nodes = new List<ChildNode>();
        try
        {
            foreach (var conf in ClusterConf.Write(dir, n, manager, options))
                nodes.Add(await ChildNode.StartAsync(conf, Step));
            await WaitAsync(async () => (await Task.WhenAll(nodes.Select(x => x.AskAsync("members", Step)))).All(m => m == (n - 1).ToString(CultureInfo.InvariantCulture)));
            var writer = nodes[0];
            var receivers = nodes.Skip(1).ToArray();
            await writer.AskAsync("prepare 100", Step);
            await writer.AskAsync("burst " + Math.Min(500, writes).ToString(CultureInfo.InvariantCulture), Step);
            await Task.Delay(500);
            foreach (var r in receivers)
                await r.AskAsync("lat", Step);

            var before = await StatsAsync(nodes);
            var cpuBefore = nodes.Select(x => x.CpuMilliseconds()).ToArray();
            var burst = (await writer.AskAsync("burst " + writes.ToString(CultureInfo.InvariantCulture), Step)).Split(' ');
            var expected = manager == "backup" ? writes : writes * (n - 1);
            var seen = new List<string[]>();
            await WaitAsync(async () =>
            {
                foreach (var r in receivers)
                    seen.Add((await r.AskAsync("lat", Step)).Split(' '));
                return seen.Sum(s => long.Parse(s[0], CultureInfo.InvariantCulture)) >= expected;
            });
            var cpuAfter = nodes.Select(x => x.CpuMilliseconds()).ToArray();
            var after = await StatsAsync(nodes);

            // The listener reports per receiver; weight the medians by count, take the worst p99.
            var withData = seen.Where(s => s[0] != "0").ToArray();
            var p50 = withData.Length == 0 ? 0 : withData.Sum(s => double.Parse(s[1], CultureInfo.InvariantCulture) * double.Parse(s[0], CultureInfo.InvariantCulture)) / withData.Sum(s => double.Parse(s[0], CultureInfo.InvariantCulture));
            var p99 = withData.Length == 0 ? 0 : withData.Max(s => double.Parse(s[2], CultureInfo.InvariantCulture));
            var elapsedMs = double.Parse(burst[0], CultureInfo.InvariantCulture);
            var cpu = cpuAfter.Zip(cpuBefore, (a, b) => (a - b) * 1000 / writes).ToArray();
            Console.Out.WriteLine(string.Join('\t',
                manager, mode, n, writes, F(writes / (elapsedMs / 1000)), burst[1], burst[2], F(p50), F(p99),
                F((after.Messages - before.Messages) / (double)writes, "F2"), F((after.Bytes - before.Bytes) / (double)writes),
                F(cpu[0]), F(cpu.Skip(1).DefaultIfEmpty(0).Average())));
            foreach (var x in nodes)
                await x.AskAsync("quit", Step);
            return 0;
        }
        finally
        {
            foreach (var x in nodes)
                x.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(long Messages, long Bytes)> StatsAsync(List<ChildNode> nodes)
    {
        long messages = 0, bytes = 0;
        foreach (var x in nodes)
        {
            var s = (await x.AskAsync("stats", Step)).Split(' ');
            messages += long.Parse(s[0], CultureInfo.InvariantCulture);
            bytes += long.Parse(s[1], CultureInfo.InvariantCulture);
        }

        return (messages, bytes);
    }

    /// <summary>Polls up to 30 s; the benchmark gives up rather than hang.</summary>
    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }

        throw new TimeoutException("the cluster did not settle within 30 s");
    }

    private static string F(double v, string format = "F0") => v.ToString(format, CultureInfo.InvariantCulture);
}
