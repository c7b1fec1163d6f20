using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Output;

/// <summary>Turns mount paths into YARP route <c>Match.Path</c> templates, or says why it cannot.</summary>
internal static class YarpPaths
{
    private const string CatchAll = "{**catch-all}";

    /// <summary>Regex tails that mean "anything after the prefix" (ProxyPassMatch ^/app/(.*)$ and friends).</summary>
    private static readonly string[] AnyTails = ["", "(.*)", "(.*)$", ".*", ".*$", "(/.*)?$", "(/.*)?", "/(.*)", "/(.*)$", "/.*", "(.+)", "(.+)$"];

    /// <summary>The YARP path template, whether it is approximate, or null with a reason.</summary>
    public static (string? Template, bool Approximate, string? Why) ToTemplate(Mount mount)
    {
        if (mount.IsRegex)
            return FromRegex(mount.Path);
        if (mount.Kind is MountKind.JkMount or MountKind.JkUnMount or MountKind.UriWorkerMap)
            return FromJkPattern(mount.Path);
        return Literal(mount.Path) ? (Prefix(mount.Path), false, null) : (null, false, "the path has characters a YARP route template cannot hold");
    }

    /// <summary>httpd prefix semantics: /app matches /app and /app/x, not /apple (httpd-proxy.md §2.3).</summary>
    public static string Prefix(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" + CatchAll : trimmed + "/" + CatchAll;
    }

    private static (string?, bool, string?) FromJkPattern(string pattern)
    {
        // "/app|/*" is mod_jk shorthand for "/app" and "/app/*".
        var p = pattern.EndsWith("|/*", StringComparison.Ordinal) ? pattern[..^3] + "/*" : pattern;
        if (p.EndsWith("/*", StringComparison.Ordinal) && Literal(p[..^2]))
            return (Prefix(p[..^2]), false, null);
        if (Literal(p))
            return (p.Length == 0 ? "/" : p, false, null);
        return (null, false, "mod_jk wildcard patterns other than /prefix/* (such as *.jsp) have no YARP route equivalent");
    }

    private static (string?, bool, string?) FromRegex(string regex)
    {
        if (!regex.StartsWith('^'))
            return (null, false, "an unanchored regular expression cannot be expressed as a YARP path template");
        var literal = new System.Text.StringBuilder();
        var i = 1;
        while (i < regex.Length)
        {
            var c = regex[i];
            if (c == '\\' && i + 1 < regex.Length && regex[i + 1] is '.' or '/' or '-')
            {
                literal.Append(regex[i + 1]);
                i += 2;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '~')
            {
                literal.Append(c);
                i++;
            }
            else
            {
                break;
            }
        }

        var tail = regex[i..];
        if (literal.Length == 0 || !AnyTails.Contains(tail, StringComparer.Ordinal))
            return (null, false, "only regular expressions of the form ^/prefix(.*) can be approximated by a YARP path template");
        return tail == "$" ? (literal.ToString(), true, null) : (Prefix(literal.ToString()), true, null);
    }

    private static bool Literal(string path) =>
        path.StartsWith('/') && path.IndexOfAny(['{', '}', '*', '?', '|', ' ']) < 0;
}
