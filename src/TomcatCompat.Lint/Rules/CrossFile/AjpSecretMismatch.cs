using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3100: an AJP member's <c>secret</c> differs from the <c>secret</c> of the AJP Connector it
/// reaches (or is missing). Tomcat 9.0.31+ then refuses every forwarded request with 403
/// (tomcat-cluster.md §16.3). Secret values are never quoted: output must not leak them.
/// </summary>
internal sealed class AjpSecretMismatch : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3100", DiagnosticSeverity.Error, "AJP secret does not match the Connector",
        "BalancerMember \"{0}\" {1} but <Connector port=\"{2}\" protocol=\"AJP/1.3\"> of node \"{3}\" ({4}) requires a secret, so Tomcat answers every forwarded request with 403; set the same secret= on the member and secret on the Connector");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var nodes = CrossFileFacts.NodesByName(context.Topology);
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (!string.Equals(member.Scheme, "ajp", StringComparison.OrdinalIgnoreCase)
                    || member.Node is not { } name || !nodes.TryGetValue(name, out var node)
                    || FindAjpConnector(node, member.Port) is not { } connector
                    || string.IsNullOrEmpty(connector.Secret)
                    || string.Equals(member.Secret, connector.Secret, StringComparison.Ordinal))
                    continue;

                // A connector with secretRequired and no secret fails to start: a server.xml problem, not this one.
                var what = string.IsNullOrEmpty(member.Secret) ? "sends no secret=" : "sends a secret= that differs";
                diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Url, what, connector.Port, node.Name, CrossFileFacts.At(connector.Source, node.Source));
            }
        }
    }

    private static Connector? FindAjpConnector(NodeSpec node, int port)
    {
        foreach (var connector in CrossFileFacts.Safe(node.Connectors))
        {
            if (connector.Port == port && string.Equals(connector.Scheme, "ajp", StringComparison.OrdinalIgnoreCase))
                return connector;
        }

        return null;
    }
}
