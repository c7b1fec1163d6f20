using System.Collections.Immutable;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.ModJk;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.ModJk;

/// <summary>Builds evaluated httpd trees by hand (as the httpd reader would) and runs the mod_jk binder.</summary>
internal static class JkTestTree
{
    public const string Conf = "conf/httpd.conf";

    public static DirectiveNode D(int line, string name, params string[] args) =>
        new(name, [.. args], string.Join(' ', args), new SourceSpan(Conf, line));

    public static SectionNode S(int line, string name, string arg, params HttpdNode[] children) =>
        new(name, [arg], arg, [.. children], new SourceSpan(Conf, line));

    public static HttpdConfig Tree(params HttpdNode[] nodes) =>
        new() { Nodes = [.. nodes], ServerRoot = "/etc/apache2" };

    /// <summary>Binds with files under /srv (the import root); returns the topology and all diagnostics.</summary>
    public static (ProxyTopology Topology, ImmutableArray<Diagnostic> Diagnostics) Bind(
        HttpdConfig? httpd,
        InMemoryFileSystem fs,
        string[]? workersFiles = null,
        string[]? uriWorkerMapFiles = null)
    {
        var bag = new DiagnosticBag();
        var topology = ModJkBinder.Bind(httpd, workersFiles ?? [], uriWorkerMapFiles ?? [], new SourceReader(fs, "/srv"), bag);
        return (topology, bag.ToImmutable());
    }

    /// <summary>Binds one workers.properties text given directly.</summary>
    public static (ProxyTopology Topology, ImmutableArray<Diagnostic> Diagnostics) Workers(string text, InMemoryFileSystem? fs = null) =>
        Bind(null, (fs ?? new InMemoryFileSystem()).Add("/srv/workers.properties", text), ["/srv/workers.properties"]);

    public static string[] Codes(this ImmutableArray<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.Code)];
}
