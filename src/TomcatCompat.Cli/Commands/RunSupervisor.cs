using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// <c>run</c> without <c>--only</c>: every node and then the balancer as a child process of this same
/// executable (one process per Tomcat, as one JVM each in a real deployment, so a kill -9 of a node
/// leaves the rest running). Writes the merged status file with each child's real pid and the command
/// that restarts it; never restarts a child by itself; on Ctrl-C/SIGTERM stops the balancer, then the
/// nodes (SIGTERM, bounded wait, kill).
/// </summary>
internal static class RunSupervisor
{
    /// <summary>How long a piece may take to be ready (a loaded 2-core CI machine starts a node in well under this).</summary>
    private static readonly TimeSpan ReadyBound = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    public static async Task<int> ExecuteAsync(RunSettings settings, RunPlan plan, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("tomcatcompat-run-").FullName;
        var children = new List<RunChild>();
        try
        {
            // The nodes start together (each finds its peers through membership), the balancer once they answer.
            var nodes = plan.Hosts.Select(h => Start(settings, ["node", h.Spec.Name], folder, stdout, stderr)).ToList();
            children.AddRange(nodes);
            var nodeStatus = await ReadyAsync(nodes, stderr, ct).ConfigureAwait(false);
            if (nodeStatus is null)
                return ct.IsCancellationRequested ? ExitCodes.Ok : ExitCodes.ConfigErrors;
            JsonObject? balancerStatus = null;
            RunChild? balancer = null;
            if (plan.StartBalancer)
            {
                balancer = Start(settings, ["balancer"], folder, stdout, stderr);
                children.Add(balancer);
                if (await ReadyAsync([balancer], stderr, ct).ConfigureAwait(false) is not [var status])
                    return ct.IsCancellationRequested ? ExitCodes.Ok : ExitCodes.ConfigErrors;
                balancerStatus = status["balancer"] as JsonObject;
            }

            var merged = Merge(nodes, nodeStatus, balancer, balancerStatus);
            Print(stdout, merged, plan);
            if (settings.StatusFile is { } file && !TryWrite(file, merged, stderr))
                return ExitCodes.Usage;
            foreach (var child in children)
                _ = ReportExitAsync(child, stdout, ct);
            // kill -HUP of the supervisor reaches the balancer, which re-reads the configs (the nodes do not reload).
            using var hangup = OperatingSystem.IsWindows() || balancer is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                if (!balancer.Reload())
                    stderr.WriteLine("tomcatcompat: SIGHUP not passed on: the balancer is not running");
            });
            await Task.WhenAny(Task.Delay(Timeout.Infinite, ct), Task.WhenAll(children.Select(c => c.Exited))).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        finally
        {
            stdout.WriteLine("stopping");
            // The balancer first, so no request is sent to a node that is going away.
            foreach (var child in children.Where(c => c.Label == "balancer"))
                await child.StopAsync(StopBound).ConfigureAwait(false);
            await Task.WhenAll(children.Where(c => c.Label != "balancer").Select(c => c.StopAsync(StopBound))).ConfigureAwait(false);
            foreach (var child in children)
                child.Dispose();
            TryDelete(folder);
            stdout.WriteLine("stopped");
        }
    }

    private static RunChild Start(RunSettings settings, string[] only, string folder, TextWriter stdout, TextWriter stderr)
    {
        var label = string.Join(' ', only);
        return RunChild.Start(label, RunArguments.For(settings, only), Path.Combine(folder, string.Join('-', only) + ".json"), stdout, stderr);
    }

    /// <summary>Each child's status, or null (after saying why) when one exits or times out before it is ready.</summary>
    private static async Task<JsonObject[]?> ReadyAsync(IReadOnlyList<RunChild> children, TextWriter stderr, CancellationToken ct)
    {
        var status = await Task.WhenAll(children.Select(c => c.WaitReadyAsync(ReadyBound, ct))).ConfigureAwait(false);
        if (ct.IsCancellationRequested)
            return null;
        for (var i = 0; i < children.Count; i++)
        {
            if (status[i] is not null)
                continue;
            var child = children[i];
            var why = child.Exited.IsCompleted ? $"exited with code {child.ExitCode}" : $"was not ready within {ReadyBound.TotalSeconds:0} s";
            stderr.WriteLine($"tomcatcompat: error: {child.Label} (pid {child.Pid}) {why} before it was ready; stopping the others");
            return null;
        }

        return [.. status.Select(s => s!)];
    }

    private static JsonObject Merge(IReadOnlyList<RunChild> nodes, JsonObject[] nodeStatus, RunChild? balancer, JsonObject? balancerStatus)
    {
        var merged = new JsonObject { ["supervisor"] = new JsonObject { ["pid"] = Environment.ProcessId } };
        if (balancer is null || balancerStatus is null)
        {
            merged["balancer"] = null;
        }
        else
        {
            var copy = (JsonObject)balancerStatus.DeepClone();
            copy["restart"] = Argv(balancer);
            merged["balancer"] = copy;
        }

        var array = new JsonArray();
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var node in (nodeStatus[i]["nodes"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var copy = (JsonObject)node.DeepClone();
                copy["restart"] = Argv(nodes[i]);
                array.Add((JsonNode)copy);
            }
        }

        merged["nodes"] = array;
        return merged;
    }

    private static JsonArray Argv(RunChild child) => [.. child.Restart.Select(a => (JsonNode?)JsonValue.Create(a))];

    private static void Print(TextWriter stdout, JsonObject merged, RunPlan plan)
    {
        foreach (var node in (merged["nodes"] as JsonArray ?? []).OfType<JsonObject>())
            stdout.WriteLine($"node {node["name"]}: pid {node["pid"]}");
        if (merged["balancer"] is JsonObject balancer)
        {
            stdout.WriteLine($"balancer: pid {balancer["pid"]}");
            if (balancer["url"]?.GetValue<string>() is { } url)
                stdout.WriteLine($"ready: point a browser at {RunReport.BrowserUrl(plan.Topology, url)}");
        }
    }

    private static async Task ReportExitAsync(RunChild child, TextWriter stdout, CancellationToken ct)
    {
        await child.Exited.ConfigureAwait(false);
        if (ct.IsCancellationRequested)
            return;
        lock (stdout)
        {
            stdout.WriteLine($"{child.Label} (pid {child.Pid}) exited with code {child.ExitCode}; it is not restarted automatically; to start it again run: {RunArguments.ShellLine(child.Restart)}");
        }
    }

    private static bool TryWrite(string path, JsonObject merged, TextWriter stderr)
    {
        try
        {
            var temp = path + ".tmp";
            File.WriteAllText(temp, merged.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"tomcatcompat: error: cannot write '{path}': {e.Message}");
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
