using System.Globalization;
using System.Text.Json;
using TomcatCompat.Balancer;
using TomcatCompat.Config.Model;
using TomcatCompat.Node;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// The "ready" lines of <c>run</c> (one per listening endpoint) and the <c>--status-file</c> JSON:
/// <c>{balancer: {url, pid}, nodes: [{name, http, ajp, receiver, shutdown, pid}]}</c> of the pieces this
/// process runs. The supervisor (<see cref="RunSupervisor"/>) merges its children's files into one.
/// </summary>
internal static class RunReport
{
    public static void Print(TextWriter stdout, IReadOnlyList<NodeHost> hosts, BalancerHost? balancer, Topology topology, bool browserLine = true)
    {
        foreach (var host in hosts)
        {
            foreach (var url in host.Urls)
                stdout.WriteLine($"node {host.Spec.Name}: http {url}");
            foreach (var ajp in host.AjpEndpoints)
                stdout.WriteLine($"node {host.Spec.Name}: ajp {ajp}");
            if (host.Receiver is { } receiver)
                stdout.WriteLine($"node {host.Spec.Name}: cluster receiver tcp://{receiver}");
            if (host.ShutdownEndpoint is { } shutdown)
                stdout.WriteLine($"node {host.Spec.Name}: shutdown port {shutdown}");
        }

        if (balancer is null)
            return;
        foreach (var url in balancer.Urls)
            stdout.WriteLine($"balancer: {url}");
        if (browserLine && balancer.Urls.Count > 0)
            stdout.WriteLine($"ready: point a browser at {BrowserUrl(topology, balancer.Urls[0])}");
    }

    /// <summary>The balancer URL and the first non-ROOT context path: where the session test page answers.</summary>
    public static string BrowserUrl(Topology topology, string balancerUrl)
    {
        var path = topology.Nodes.SelectMany(n => n.Webapps).Select(w => w.ContextPath).FirstOrDefault(p => p.Length > 0) ?? "";
        return balancerUrl.TrimEnd('/') + path + "/";
    }

    public static bool TryWriteStatus(string path, IReadOnlyList<NodeHost> hosts, BalancerHost? balancer, TextWriter stderr)
    {
        var pid = Environment.ProcessId;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (balancer is null)
            {
                json.WriteNull("balancer");
            }
            else
            {
                json.WriteStartObject("balancer");
                json.WriteString("url", balancer.Urls.FirstOrDefault());
                json.WriteNumber("pid", pid);
                json.WriteEndObject();
            }

            json.WriteStartArray("nodes");
            foreach (var host in hosts)
            {
                json.WriteStartObject();
                json.WriteString("name", host.Spec.Name);
                json.WriteString("route", host.Route);
                json.WriteString("http", host.Urls.FirstOrDefault());
                var ajp = host.Spec.Connectors.FirstOrDefault(c => c.Scheme == "ajp");
                json.WriteString("ajp", ajp is null ? null : (ajp.Address ?? "*") + ":" + ajp.Port.ToString(CultureInfo.InvariantCulture));
                json.WriteString("receiver", host.Receiver);
                json.WriteString("shutdown", host.ShutdownEndpoint?.ToString());
                json.WriteNumber("pid", pid);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        try
        {
            var temp = path + ".tmp";
            File.WriteAllBytes(temp, buffer.ToArray());
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"tomcatcompat: error: cannot write '{path}': {e.Message}");
            return false;
        }
    }
}
