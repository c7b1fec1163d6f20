using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.AccessLog;
using TomcatCompat.Node.Contexts;
using TomcatCompat.Node.Diagnostics;

namespace TomcatCompat.Node;

// AccessLogValves of the Engine and its Hosts: what is reported before start, the files while running.
public sealed partial class NodeHost
{
    private readonly List<AccessLogValve> _accessLogs = [];

    /// <summary>The node's CATALINA_BASE: the directory above the server.xml's conf/ (the import root when unknown).</summary>
    internal string CatalinaBase
    {
        get
        {
            var root = _options.ContentRoot ?? Directory.GetCurrentDirectory();
            var conf = Path.GetDirectoryName(Path.Combine(root, Spec.Source.File ?? ""));
            return conf is null ? root : Path.GetDirectoryName(conf) ?? root;
        }
    }

    internal IReadOnlyList<AccessLogValve> AccessLogs => _accessLogs;

    private static IEnumerable<(ValveSpec Valve, string? Host)> AccessLogValves(NodeSpec spec) =>
        spec.Valves.Where(v => v.Kind == "AccessLogValve").Select(v => (v, (string?)null))
            .Concat(spec.Hosts.SelectMany(h => h.Valves.Where(v => v.Kind == "AccessLogValve").Select(v => (v, (string?)h.Name))));

    /// <summary>TC4503 for each pattern code and attribute the valve does not reproduce.</summary>
    private static void CheckAccessLogs(NodeSpec spec, DiagnosticBag diagnostics)
    {
        foreach (var (valve, _) in AccessLogValves(spec))
        {
            foreach (var code in AccessLogPattern.Parse(valve.Attributes.GetValueOrDefault("pattern")).Unsupported)
                diagnostics.Add(NodeDiagnostics.AccessLogNotWritten, valve.Source, "pattern code " + code, "it is written as ???");
            foreach (var attribute in valve.Attributes.Keys.Where(k => !AccessLogValve.IsReproduced(k, valve.Attributes[k])))
                diagnostics.Add(NodeDiagnostics.AccessLogNotWritten, valve.Source, "attribute " + attribute + "=\"" + valve.Attributes[attribute] + "\"", "it has no effect");
        }
    }

    private void UseAccessLogs(WebApplication app, ContextRegistry registry, ILogger logger)
    {
        foreach (var (valve, host) in AccessLogValves(Spec))
        {
            if (!string.Equals(valve.Attributes.GetValueOrDefault("enabled"), "false", StringComparison.OrdinalIgnoreCase))
                _accessLogs.Add(AccessLogValve.Create(valve, host, CatalinaBase, logger));
        }

        if (_accessLogs.Count > 0)
            app.Use(new AccessLogMiddleware(_accessLogs, registry, _options.Time).InvokeAsync);
    }

    private async Task StopAccessLogsAsync()
    {
        foreach (var log in _accessLogs)
            await log.DisposeAsync().ConfigureAwait(false);
    }
}
