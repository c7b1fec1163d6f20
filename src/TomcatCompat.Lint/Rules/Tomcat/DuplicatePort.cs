using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2561: two sockets of one node on the same port and overlapping addresses: two Connectors, or
/// a Connector and the Server shutdown port. The second bind fails ("Address already in use"): a
/// Connector then fails to start and Tomcat runs on without it; a taken shutdown port makes
/// Tomcat stop right after starting (tomcat-cluster.md §1.6, §16.1, §16.3). Ports are compared
/// after portOffset; port 0 (any free port) and -1 (disabled) never clash.
/// </summary>
internal sealed class DuplicatePort : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2561", DiagnosticSeverity.Error, "port used twice in one node",
        "<Connector port=\"{0}\"> binds the same port as {1} ({2}) on this node, so the second bind fails with \"Address already in use\"; give each its own port");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            var seen = new Dictionary<int, List<(string What, string Address, SourceSpan At)>>();
            if (node.ShutdownPort > 0)
                seen[node.ShutdownPort] = [("the <Server> shutdown port", Normalize(node.ShutdownAddress), CrossFileFacts.At(node.Source))];
            foreach (var connector in CrossFileFacts.Safe(node.Connectors))
            {
                if (connector.Port <= 0)
                    continue;
                var address = Normalize(connector.Address ?? (connector.Scheme == "ajp" ? "localhost" : "*"));
                var at = CrossFileFacts.At(connector.Source, node.Source);
                if (!seen.TryGetValue(connector.Port, out var earlier))
                    seen[connector.Port] = earlier = [];
                foreach (var (what, other, otherAt) in earlier)
                {
                    if (Overlap(address, other))
                    {
                        diagnostics.Add(Rule, at, connector.Port.ToString(CultureInfo.InvariantCulture), what, otherAt);
                        break;
                    }
                }

                earlier.Add(($"<Connector protocol=\"{connector.Protocol}\">", address, at));
            }
        }
    }

    private static string Normalize(string? address) => address?.Trim().ToLowerInvariant() switch
    {
        null or "" or "*" or "0.0.0.0" or "::" or "[::]" => "*",
        "localhost" or "127.0.0.1" or "::1" or "[::1]" => "loopback",
        var a => a,
    };

    private static bool Overlap(string a, string b) => a == "*" || b == "*" || a == b;
}
