using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// Walks the evaluated tree of the main server or one &lt;VirtualHost&gt;, routing each directive the
/// balancer needs to its binder. Everything else is left to the syntax front end and lint.
/// </summary>
internal sealed class VirtualHostBinder(BindContext ctx, ListenParser listens)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal) { "main" };

    public List<ServerState> VirtualHosts { get; } = [];

    public void Walk(ImmutableArray<HttpdNode> nodes, ServerState server, Frame frame)
    {
        foreach (var node in nodes)
        {
            if (node is SectionNode section)
            {
                WalkSection(section, server, frame);
            }
            else
            {
                Bind(node, server, frame);
            }
        }
    }

    private void WalkSection(SectionNode section, ServerState server, Frame frame)
    {
        switch (LowerCaseNames.Of(section.Name))
        {
            case "virtualhost" when server.IsMain && frame == default:
                var vhost = new ServerState(UniqueId(section), false, section.Span);
                foreach (var address in section.Args)
                {
                    vhost.Addresses.Add(address);
                    if (!IsValidAddress(address))
                    {
                        // A numeric port out of range is refused; a non-numeric one is only logged and the address dropped.
                        ctx.Diagnostics.Add(HasNumericPort(address) ? ConfigDiagnostics.BadVirtualHostAddress : ConfigDiagnostics.VirtualHostAddressIgnored, section.Span, address);
                    }
                }

                VirtualHosts.Add(vhost);
                Walk(section.Children, vhost, default);
                break;
            case "proxy":
            case "proxymatch":
                Walk(section.Children, server, frame with { Proxy = ProxyDirectiveBinder.OpenSection(section, server, ctx) });
                break;
            case "location":
            case "locationmatch":
                WalkLocation(section, server, frame);
                break;
            case "directory":
            case "directorymatch":
            case "files":
            case "filesmatch":
                Walk(section.Children, server, frame with { Directory = section.Name });
                break;
            case "if":
            case "elseif":
            case "else":
                Walk(section.Children, server, frame with { Conditional = section.Name });
                break;
            default:
                Walk(section.Children, server, frame);
                break;
        }
    }

    /// <summary>"vhost:file:line"; a suffix keeps ids unique when macros expand several vhosts at one line.</summary>
    private string UniqueId(SectionNode section)
    {
        var id = $"vhost:{section.Span.File}:{section.Span.Line.ToString(CultureInfo.InvariantCulture)}";
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = id + "#" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary><c>addr[:port]</c> with port <c>*</c> or 1–65535; IPv6 in brackets.</summary>
    private static bool HasNumericPort(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon >= 0 && colon + 1 < address.Length && address.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsValidAddress(string address)
    {
        var close = address.StartsWith('[') ? address.IndexOf(']', StringComparison.Ordinal) : -1;
        var colon = address.LastIndexOf(':');
        if (address.StartsWith('[') && close < 0)
        {
            return false;
        }

        if (colon < 0 || colon < close)
        {
            return true;
        }

        var port = address[(colon + 1)..];
        return port == "*" || (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 65535);
    }

    private void WalkLocation(SectionNode section, ServerState server, Frame frame)
    {
        var args = section.Args;
        var isRegex = section.Name.Equals("LocationMatch", StringComparison.OrdinalIgnoreCase);
        var path = args.Length > 0 ? args[0] : "/";
        if (!isRegex && args.Length > 1 && path == "~")
        {
            isRegex = true;
            path = args[1];
        }
        else if (!isRegex && ProxyPassParser.HasWildcard(path))
        {
            isRegex = true;
            path = ProxyPassParser.WildcardToRegex(path);
        }

        Walk(section.Children, server, frame with { Location = path, LocationIsRegex = isRegex });

        var handler = section.Children.OfType<DirectiveNode>().LastOrDefault(d => d.Name.Equals("SetHandler", StringComparison.OrdinalIgnoreCase));
        if (handler is not null && handler.Args.Length > 0 && handler.Args[0].Equals("balancer-manager", StringComparison.OrdinalIgnoreCase))
        {
            var requires = section.Children
                .Where(n => n.Name.Equals("Require", StringComparison.OrdinalIgnoreCase))
                .Select(n => string.Join(' ', n.Args))
                .ToArray();
            server.BalancerManagers.Add(new BalancerManagerSpec(path, [.. requires], handler.Span));
        }
    }

    private void Bind(HttpdNode node, ServerState server, in Frame frame)
    {
        var name = LowerCaseNames.Of(node.Name);
        if (frame.Conditional is not null && ServerDirectiveBinder.IsHandled(name))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedProxyInIf, node.Span, node.Name, frame.Conditional);
            return;
        }

        switch (name)
        {
            case "proxypass":
            case "proxypassmatch":
                if (frame.Directory is not null)
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.ProxyPassInDirectory, node.Span, node.Name, frame.Directory);
                    return;
                }

                ProxyDirectiveBinder.BindProxyPass(node, name == "proxypassmatch", frame, server, ctx);
                break;
            case "balancermember":
                ProxyDirectiveBinder.BindBalancerMember(node, frame, server, ctx);
                break;
            case "proxyset":
                ProxyDirectiveBinder.BindProxySet(node, frame, server, ctx);
                break;
            case "listen":
                if (server.IsMain)
                {
                    listens.Bind(node);
                }

                break;
            default:
                ServerDirectiveBinder.Bind(node, name, server, frame, ctx);
                break;
        }
    }
}
