using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// Turns the two halves of a mapping (pattern, <c>worker[;ext=value...]</c>) into rules, shared by
/// uriworkermap lines, JkMount/JkUnMount and <c>mount=</c> (httpd-proxy.md §7.4).
/// </summary>
internal static class JkRuleText
{
    /// <summary>Rule extensions mod_jk knows (jk_uri_worker_map.c).</summary>
    public static FrozenSet<string> Extensions { get; } = new[]
    {
        "reply_timeout", "sticky_ignore", "stateless", "active", "disabled", "stopped", "fail_on_status",
        "use_server_errors", "session_cookie", "session_path", "set_session_cookie", "session_cookie_path",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the rule(s) for one mapping to <paramref name="rules"/>; reports problems and skips bad ones.</summary>
    public static void Add(
        List<JkRule> rules,
        string scope,
        MountKind kind,
        JkRuleSource source,
        string pattern,
        string workerSpec,
        bool exclude,
        SourceSpan span,
        DiagnosticBag d,
        bool inLocation = false)
    {
        var disabled = false;
        if (pattern.StartsWith('-'))
        {
            disabled = true;
            pattern = pattern[1..];
        }

        if (pattern.StartsWith('!'))
        {
            exclude = true;
            pattern = pattern[1..];
        }

        if (pattern.Length == 0 || pattern[0] is not ('/' or '*' or '?'))
        {
            d.Add(ConfigDiagnostics.JkBadUriMapPattern, span, pattern);
            return;
        }

        var parts = workerSpec.Split(';', StringSplitOptions.TrimEntries);
        var worker = parts[0];
        var extensions = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var ext in parts.AsSpan(1))
        {
            if (ext.Length == 0)
                continue;
            var eq = ext.IndexOf('=');
            var name = (eq < 0 ? ext : ext[..eq]).Trim();
            if (!Extensions.Contains(name))
            {
                d.Add(ConfigDiagnostics.JkUnknownExtension, span, ext);
                continue;
            }

            extensions[name] = eq < 0 ? "" : ext[(eq + 1)..].Trim();
            d.Add(ConfigDiagnostics.JkMountExtensionUnsupported, span, name, pattern);
        }

        var ext2 = extensions.ToImmutable();
        var bar = pattern.IndexOf('|');
        var first = bar < 0 ? pattern : pattern[..bar];
        rules.Add(new JkRule(scope, kind, source, first, worker, exclude, disabled, ext2, span, rules.Count) { InLocation = inLocation });
        if (bar >= 0)
        {
            // "/app|/*" means two rules: "/app" and "/app/*".
            rules.Add(new JkRule(scope, kind, source, first + pattern[(bar + 1)..], worker, exclude, disabled, ext2, span, rules.Count)
            {
                InLocation = inLocation,
            });
        }
    }
}
