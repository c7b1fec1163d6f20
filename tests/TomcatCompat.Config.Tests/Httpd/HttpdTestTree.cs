using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Httpd;

/// <summary>Small helper: an in-memory tree under /srv with httpd.conf as the main file.</summary>
internal static class HttpdTestTree
{
    public const string Root = "/srv";

    public static (HttpdConfig Config, Diagnostic[] Diagnostics) Read(
        string mainText, Action<InMemoryFileSystem>? more = null, HttpdOptions? options = null)
    {
        var fs = new InMemoryFileSystem().Add(Root + "/httpd.conf", mainText);
        more?.Invoke(fs);
        var bag = new DiagnosticBag();
        var config = HttpdConfigReader.Read(new SourceReader(fs, Root), Root + "/httpd.conf", options ?? new HttpdOptions(), bag);
        return (config, [.. bag.ToImmutable()]);
    }

    /// <summary>"Name arg arg" for every directive, sections as "&lt;Name args&gt;[...]", depth-first.</summary>
    public static string Dump(IEnumerable<HttpdNode> nodes) =>
        string.Join("; ", nodes.Select(n => n switch
        {
            SectionNode s => $"<{s.Name}{(s.Args.Length > 0 ? " " + string.Join(' ', s.Args) : "")}>[{Dump(s.Children)}]",
            _ => n.Args.Length > 0 ? $"{n.Name} {string.Join(' ', n.Args)}" : n.Name,
        }));

    public static string[] Codes(Diagnostic[] diagnostics) => [.. diagnostics.Select(d => d.Code)];

    /// <summary>A mod_proxy-capable prologue: an MPM and mod_proxy loaded.</summary>
    public const string Modules = "LoadModule mpm_event_module modules/mod_mpm_event.so\nLoadModule proxy_module modules/mod_proxy.so\n";
}
