using System.Collections.Immutable;
using System.Text;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

/// <summary>
/// A minimal test-side httpd reader (one directive per line, &lt;Section&gt; nesting, double quotes)
/// so binder tests can be written as config text before the real reader is merged.
/// </summary>
internal static class TestConf
{
    public static readonly ImmutableArray<string> ProxyModules =
    [
        "core_module", "proxy_module", "proxy_http_module", "proxy_ajp_module", "proxy_balancer_module",
        "lbmethod_byrequests_module", "lbmethod_bybusyness_module", "lbmethod_bytraffic_module", "headers_module", "log_config_module",
    ];

    public static HttpdConfig Parse(string text, ImmutableArray<string>? modules = null)
    {
        var stack = new Stack<(string Name, ImmutableArray<string> Args, string Raw, SourceSpan Span, List<HttpdNode> Children)>();
        var root = new List<HttpdNode>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            var span = new SourceSpan("httpd.conf", n + 1);
            var target = stack.Count > 0 ? stack.Peek().Children : root;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("</", StringComparison.Ordinal))
            {
                if (stack.Count > 0)
                {
                    var s = stack.Pop();
                    (stack.Count > 0 ? stack.Peek().Children : root).Add(new SectionNode(s.Name, s.Args, s.Raw, [.. s.Children], s.Span));
                }

                continue;
            }

            if (line[0] == '<')
            {
                var inner = line.TrimStart('<').TrimEnd('>');
                var (name, raw) = SplitName(inner);
                stack.Push((name, Words(raw), raw, span, []));
                continue;
            }

            var (dname, draw) = SplitName(line);
            target.Add(new DirectiveNode(dname, Words(draw), draw, span));
        }

        while (stack.Count > 0)
        {
            var s = stack.Pop();
            (stack.Count > 0 ? stack.Peek().Children : root).Add(new SectionNode(s.Name, s.Args, s.Raw, [.. s.Children], s.Span));
        }

        return new HttpdConfig { Nodes = [.. root], LoadedModules = modules ?? ProxyModules };
    }

    public static (ProxyTopology Topology, ImmutableArray<Diagnostic> Diagnostics) Bind(string text, ImmutableArray<string>? modules = null)
    {
        var bag = new DiagnosticBag();
        var topology = HttpdBinder.Bind(Parse(text, modules), bag);
        return (topology, bag.ToImmutable());
    }

    public static IEnumerable<string> Codes(this ImmutableArray<Diagnostic> diagnostics) => diagnostics.Select(d => d.Code);

    private static (string Name, string Raw) SplitName(string line)
    {
        var sp = line.IndexOfAny([' ', '\t']);
        return sp < 0 ? (line, "") : (line[..sp], line[(sp + 1)..].Trim());
    }

    private static ImmutableArray<string> Words(string raw)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (i < raw.Length)
        {
            while (i < raw.Length && char.IsWhiteSpace(raw[i]))
            {
                i++;
            }

            if (i >= raw.Length)
            {
                break;
            }

            var sb = new StringBuilder();
            if (raw[i] == '"')
            {
                i++;
                while (i < raw.Length && raw[i] != '"')
                {
                    sb.Append(raw[i++]);
                }

                i++;
            }
            else
            {
                while (i < raw.Length && !char.IsWhiteSpace(raw[i]))
                {
                    sb.Append(raw[i++]);
                }
            }

            words.Add(sb.ToString());
        }

        return words.ToImmutable();
    }
}
