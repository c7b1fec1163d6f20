using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;

namespace TomcatCompat.Config.Httpd;

/// <summary>httpd's invoke_cmd argument checks per cmd_how; an empty word ("") counts as missing, as in httpd.</summary>
internal static class ArgumentRules
{
    public static void Check(HttpdNode node, DirectiveInfo info, DiagnosticBag diagnostics)
    {
        var a = node.Args;
        var n = a.Length;
        bool Has(int i) => i < n && a[i].Length > 0;
        var (ok, text) = info.Kind switch
        {
            HttpdArgKind.Take1 => (n == 1 && Has(0), "takes one argument"),
            HttpdArgKind.Take2 => (n == 2 && Has(0) && Has(1), "takes two arguments"),
            HttpdArgKind.Take3 => (n == 3 && Has(0) && Has(1) && Has(2), "takes three arguments"),
            HttpdArgKind.Take12 => (n is 1 or 2 && Has(0), "takes 1-2 arguments"),
            HttpdArgKind.Take23 => (n is 2 or 3 && Has(0) && Has(1), "takes two or three arguments"),
            HttpdArgKind.Take123 => (n is >= 1 and <= 3 && Has(0), "takes one, two or three arguments"),
            HttpdArgKind.Take13 => (n is 1 or 3 && Has(0), "takes one or three arguments"),
            HttpdArgKind.Iterate => (n >= 1, "requires at least one argument"),
            HttpdArgKind.Iterate2 => (n >= 2 && Has(0), "requires at least two arguments"),
            HttpdArgKind.NoArgs => (n == 0, "takes no arguments"),
            _ => (true, ""),
        };

        if (info.Kind == HttpdArgKind.Flag)
        {
            // httpd reads only the first word of a FLAG directive.
            if (!Has(0) || !(a[0].Equals("On", StringComparison.OrdinalIgnoreCase) || a[0].Equals("Off", StringComparison.OrdinalIgnoreCase)))
                diagnostics.Add(ConfigDiagnostics.HttpdFlagNotOnOff, node.Span, node.Name, n == 0 ? "" : a[0]);
            return;
        }

        if (ok)
            return;
        var shown = string.Join(' ', a.Select(x => "\"" + (x.Length > 60 ? x[..57] + "..." : x) + "\""));
        var hash = a.IndexOf(a.FirstOrDefault(x => x.StartsWith('#')) ?? "\0");
        if (hash > 0)
        {
            var comment = node.RawArgs[Math.Max(0, node.RawArgs.IndexOf('#'))..];
            diagnostics.Add(ConfigDiagnostics.HttpdMidLineComment, node.Span, node.Name, text, n, shown, comment);
        }
        else
        {
            diagnostics.Add(ConfigDiagnostics.HttpdArgumentCount, node.Span, node.Name, text, n, shown.Length == 0 ? "none" : shown);
        }
    }
}
