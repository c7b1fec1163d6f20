using TomcatCompat.Balancer;
using TomcatCompat.Cli.Output;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Node;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// What <c>run</c> does once its options are parsed; tests call it with their own cancellation. Without
/// <c>--only</c> or <c>--in-process</c> it hands over to <see cref="RunSupervisor"/> (one child process
/// per piece); otherwise it starts the pieces in this process.
/// </summary>
internal static class ClusterRun
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    public static async Task<int> ExecuteAsync(RunSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (Prepare(settings, stdout, stderr, out var exit) is not { } plan)
            return exit;
        if (settings.Supervises)
            return await RunSupervisor.ExecuteAsync(settings, plan, stdout, stderr, ct).ConfigureAwait(false);
        if (!settings.Supervised)
            return await RunInProcessAsync(settings, plan, stdout, stderr, ct).ConfigureAwait(false);

        // A supervised piece stops when the supervisor goes away (its end of our stdin closes), even after a kill -9 of it.
        using var orphaned = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _ = Task.Run(() => WatchStandardInput(orphaned), CancellationToken.None);
        return await RunInProcessAsync(settings, plan, stdout, stderr, orphaned.Token).ConfigureAwait(false);
    }

    /// <summary>Imports, localizes, builds the node hosts and prints the diagnostics; null (with the exit code) when nothing may start.</summary>
    internal static RunPlan? Prepare(RunSettings settings, TextWriter stdout, TextWriter stderr, out int exit)
    {
        exit = ExitCodes.Ok;
        if (settings.Input.Check(stderr) is { } usage)
        {
            exit = usage;
            return null;
        }

        if (settings.PortOffset is not null && !settings.Local)
        {
            exit = InputSettings.Usage(stderr, "--port-offset needs --local");
            return null;
        }

        var root = TopologyBuilder.DisplayRoot(settings.Input.ToRequest().Paths, PhysicalFileSystem.Instance);
        // A supervised piece says nothing the supervisor already said.
        var topology = RunTopology.Load(settings, settings.Supervised ? TextWriter.Null : stdout);

        var nodes = topology.Nodes.Where(n => settings.OnlyNode is null ? !settings.OnlyBalancer : n.Name == settings.OnlyNode).ToList();
        if (settings.OnlyNode is not null && nodes.Count == 0)
        {
            exit = InputSettings.Usage(stderr, $"--only node '{settings.OnlyNode}': no such node; the nodes are: {string.Join(", ", topology.Nodes.Select(n => n.Name))}");
            return null;
        }

        var hosts = nodes.Select(n => NodeHost.Create(n, new NodeHostOptions { ContentRoot = root })).ToList();
        var diagnostics = topology.Diagnostics.AddRange(hosts.SelectMany(h => h.Diagnostics));
        var failed = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || hosts.Any(h => !h.CanStart);
        if (!settings.Supervised || failed)
            DiagnosticTextFormatter.Write(stderr, TopologyRedactor.Redact(topology with { Diagnostics = diagnostics }).Diagnostics);
        if (failed)
        {
            stderr.WriteLine("tomcatcompat: error: the configs have errors; nothing was started");
            exit = ExitCodes.ConfigErrors;
            return null;
        }

        var startBalancer = settings.OnlyNode is null && topology.Balancers.Length > 0;
        if (!startBalancer && hosts.Count == 0)
        {
            stderr.WriteLine("tomcatcompat: error: nothing to run: the configs define no Tomcat node and no balancer");
            exit = ExitCodes.ConfigErrors;
            return null;
        }

        return new RunPlan(topology, hosts, startBalancer, root);
    }

    private static async Task<int> RunInProcessAsync(RunSettings settings, RunPlan plan, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var hosts = plan.Hosts;
        BalancerHost? balancer = null;
        try
        {
            foreach (var host in hosts)
                await host.StartAsync(ct).ConfigureAwait(false);
            if (plan.StartBalancer)
            {
                balancer = await BalancerHost.StartAsync(plan.Topology, new BalancerHostOptions { ImportRoot = plan.Root }, ct).ConfigureAwait(false);
                DiagnosticTextFormatter.Write(stderr, balancer.Diagnostics);
            }

            RunReport.Print(stdout, hosts, balancer, plan.Topology, browserLine: !settings.Supervised);
            using var reloader = balancer is null ? null : new BalancerReloader(settings, balancer, stdout, stderr, ct).Register();
            if (settings.StatusFile is { } file && !RunReport.TryWriteStatus(file, hosts, balancer, stderr))
                return ExitCodes.Usage;
            await WaitAsync(hosts, balancer, ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            // Kestrel reports a port in use as IOException; BalancerHost refuses to start without Listen lines.
            stderr.WriteLine($"tomcatcompat: error: cannot start: {e.Message}");
            return ExitCodes.ConfigErrors;
        }
        finally
        {
            stdout.WriteLine("stopping");
            using var bound = new CancellationTokenSource(StopBound);
            if (balancer is not null)
                await balancer.DisposeAsync().ConfigureAwait(false);
            foreach (var host in hosts)
                await host.StopAsync(bound.Token).ConfigureAwait(false);
            stdout.WriteLine("stopped");
        }
    }

    private static void WatchStandardInput(CancellationTokenSource stop)
    {
        try
        {
            using var input = Console.OpenStandardInput();
            var buffer = new byte[64];
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
                // The supervisor writes nothing; any bytes are ignored.
            }
        }
        catch (IOException)
        {
            // A broken pipe means the same as end of input.
        }

        stop.Cancel();
    }

    /// <summary>Until cancelled, or until every node has stopped through its shutdown port and no balancer runs.</summary>
    private static async Task WaitAsync(IReadOnlyList<NodeHost> hosts, BalancerHost? balancer, CancellationToken ct)
    {
        var cancelled = Task.Delay(Timeout.Infinite, ct);
        if (balancer is null)
            await Task.WhenAny(cancelled, Task.WhenAll(hosts.Select(h => h.Stopped))).ConfigureAwait(false);
        else
            await cancelled.ConfigureAwait(false);
    }
}
