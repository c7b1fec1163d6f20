using System.Collections.Immutable;
using TomcatCompat.Balancer;
using TomcatCompat.Cli.Output;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Node;
using TomcatCompat.Node.Local;

namespace TomcatCompat.Cli.Commands;

/// <summary>What <c>run</c> does once its options are parsed; tests call it with their own cancellation.</summary>
internal static class ClusterRun
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    public static async Task<int> ExecuteAsync(RunSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (settings.Input.Check(stderr) is { } usage)
            return usage;
        if (settings.PortOffset is not null && !settings.Local)
            return InputSettings.Usage(stderr, "--port-offset needs --local");
        var request = settings.Input.ToRequest();
        var root = TopologyBuilder.DisplayRoot(request.Paths, PhysicalFileSystem.Instance);
        var topology = TopologyBuilder.Build(request, PhysicalFileSystem.Instance);

        if (settings.Local)
            topology = Localize(topology, settings.PortOffset ?? LocalRemap.DefaultPortOffset, stdout);
        var (fallback, moved) = AjpMemberFallback.Apply(topology);
        topology = fallback;
        if (moved.Length > 0)
        {
            stdout.WriteLine("notice: the AJP connector of the node these ajp:// members point at is not opened (see TC4506/TC4500), so they are forwarded to its HTTP connector: " +
                string.Join(", ", moved.Select(m => m.From + " -> " + m.To)));
        }

        var nodes = topology.Nodes.Where(n => settings.OnlyNode is null ? !settings.OnlyBalancer : n.Name == settings.OnlyNode).ToList();
        if (settings.OnlyNode is not null && nodes.Count == 0)
            return InputSettings.Usage(stderr, $"--only node '{settings.OnlyNode}': no such node; the nodes are: {string.Join(", ", topology.Nodes.Select(n => n.Name))}");
        var hosts = nodes.Select(n => NodeHost.Create(n, new NodeHostOptions { ContentRoot = root })).ToList();
        var diagnostics = topology.Diagnostics.AddRange(hosts.SelectMany(h => h.Diagnostics));
        DiagnosticTextFormatter.Write(stderr, TopologyRedactor.Redact(topology with { Diagnostics = diagnostics }).Diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || hosts.Any(h => !h.CanStart))
        {
            stderr.WriteLine("tomcatcompat: error: the configs have errors; nothing was started");
            return ExitCodes.ConfigErrors;
        }

        var startBalancer = settings.OnlyNode is null && topology.Balancers.Length > 0;
        if (!startBalancer && hosts.Count == 0)
        {
            stderr.WriteLine("tomcatcompat: error: nothing to run: the configs define no Tomcat node and no balancer");
            return ExitCodes.ConfigErrors;
        }

        BalancerHost? balancer = null;
        try
        {
            foreach (var host in hosts)
                await host.StartAsync(ct).ConfigureAwait(false);
            if (startBalancer)
            {
                balancer = await BalancerHost.StartAsync(topology, new BalancerHostOptions(), ct).ConfigureAwait(false);
                DiagnosticTextFormatter.Write(stderr, balancer.Diagnostics);
            }

            RunReport.Print(stdout, hosts, balancer, topology);
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

    private static Topology Localize(Topology topology, int portOffset, TextWriter stdout)
    {
        var result = LocalRemap.Apply(topology, portOffset);
        foreach (var (from, to) in result.Addresses)
            stdout.WriteLine($"local: {from} -> {to}");
        if (result.StaticMembershipNodes.Length > 0)
        {
            stdout.WriteLine($"local: multicast membership of {string.Join(", ", result.StaticMembershipNodes)} runs as static membership of the local nodes (no multicast is sent)");
        }

        return result.Topology;
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
