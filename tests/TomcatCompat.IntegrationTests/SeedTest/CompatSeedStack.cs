using System.Text.Json;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// <c>tomcatcompat run --local --port-offset B SEED --status-file F</c> as its own process (the supervisor
/// with one child per node and one for the balancer), exactly as an operator starts it; node pids and
/// restart commands come from the status file.
/// </summary>
internal sealed class CompatSeedStack : ISeedStack
{
    private static readonly TimeSpan ReadyBound = TimeSpan.FromSeconds(120);
    private readonly SeedTree _tree;
    private readonly SeedProcess _supervisor;
    private readonly List<SeedProcess> _restarted = [];
    private readonly Dictionary<string, (string Http, int Pid, string[] Restart)> _nodes;

    private CompatSeedStack(SeedTree tree, SeedProcess supervisor, JsonElement status)
    {
        _tree = tree;
        _supervisor = supervisor;
        Status = status;
        BalancerUrl = status.GetProperty("balancer").GetProperty("url").GetString()!;
        _nodes = status.GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("route").GetString()!,
            n => (n.GetProperty("http").GetString()!, n.GetProperty("pid").GetInt32(), n.GetProperty("restart").EnumerateArray().Select(a => a.GetString()!).ToArray()),
            StringComparer.Ordinal);
    }

    public string BalancerUrl { get; }

    public JsonElement Status { get; }

    public int SupervisorPid => _supervisor.Pid;

    public string Output => _supervisor.Output;

    /// <summary>The tomcatcompat apphost the test project's build copied next to the tests.</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "tomcatcompat.exe" : "tomcatcompat");

    public static async Task<CompatSeedStack> StartAsync(int portBase, Func<string, string>? edit = null)
    {
        var tree = SeedTree.Copy(portBase, "seed", edit);
        var status = Path.Combine(tree.Root, "status.json");
        var supervisor = SeedProcess.Start([Executable, "run", "--local", "--port-offset", tree.PortOffset, tree.Root, "--status-file", status]);
        try
        {
            return new CompatSeedStack(tree, supervisor, await WaitForStatusAsync(status, supervisor));
        }
        catch
        {
            supervisor.Dispose();
            tree.Dispose();
            throw;
        }
    }

    public string NodeUrl(string route) => _nodes[route].Http;

    public int NodePid(string route) => _nodes[route].Pid;

    public Task KillAsync(string route)
    {
        var pid = NodePid(route);
        SeedProcess.Signal(pid, "KILL");
        return WaitGoneAsync(pid);
    }

    public async Task RestartAsync(string route)
    {
        var argv = _nodes[route].Restart;
        var status = Path.Combine(_tree.Root, "restart-" + route + "-" + Guid.NewGuid().ToString("N") + ".json");
        var node = SeedProcess.Start([.. argv, "--status-file", status]);
        _restarted.Add(node);
        var json = await WaitForStatusAsync(status, node);
        // Later kills find the new pid.
        _nodes[route] = _nodes[route] with { Pid = json.GetProperty("nodes")[0].GetProperty("pid").GetInt32() };
    }

    public ValueTask DisposeAsync()
    {
        foreach (var node in _restarted)
            node.Dispose();
        _supervisor.Dispose();
        _tree.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static async Task WaitGoneAsync(int pid)
    {
        for (var i = 0; i < 200 && IsRunning(pid); i++)
            await Task.Delay(50);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            // A zombie (state Z) no longer holds its sockets.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<JsonElement> WaitForStatusAsync(string path, SeedProcess process)
    {
        var deadline = DateTime.UtcNow + ReadyBound;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(path))
                return JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.Clone();
            if (process.HasExited)
                throw new InvalidOperationException("tomcatcompat run exited before it was ready:\n" + process.Output);
            await Task.Delay(50);
        }

        throw new TimeoutException("tomcatcompat run was not ready within " + ReadyBound + ":\n" + process.Output);
    }
}
