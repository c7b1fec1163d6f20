using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// mod_jk rules → <see cref="Mount"/>s per server scope: main-server rules copied into a vhost when
/// JkMountCopy says so, then mod_jk's priority (§7.4): more '/' first, then the longer pattern, then
/// uriworkermap before JkMount before <c>mount=</c>, then reading order; <see cref="Mount.Order"/> is the rank.
/// </summary>
internal static class JkMountOrder
{
    private static readonly Comparison<JkRule> Priority = (a, b) =>
    {
        var c = Slashes(b.Pattern).CompareTo(Slashes(a.Pattern));
        if (c == 0)
            c = b.Pattern.Length.CompareTo(a.Pattern.Length);
        if (c == 0)
            c = a.Source.CompareTo(b.Source);
        return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
    };

    public static ImmutableArray<Mount> Build(
        List<JkRule> rules, JkDirectiveSet directives, IReadOnlyDictionary<string, string> types, DiagnosticBag d)
    {
        foreach (var rule in rules)
        {
            if (!types.ContainsKey(rule.Worker) && !(rule.Exclude && rule.Worker == "*"))
                d.Add(ConfigDiagnostics.JkMountWorkerNotListed, rule.Span, Describe(rule), rule.Pattern, rule.Worker);
        }

        var byScope = new Dictionary<string, List<JkRule>>(StringComparer.Ordinal);
        foreach (var scope in directives.Scopes)
            byScope[scope.Id] = [];
        foreach (var rule in rules)
            (byScope.TryGetValue(rule.Scope, out var list) ? list : byScope[rule.Scope] = []).Add(rule);

        var main = byScope.TryGetValue("main", out var m) ? m : [];
        foreach (var scope in directives.Scopes)
        {
            if (scope.IsMain || !(scope.MountCopy ?? directives.MountCopyAll))
                continue;
            // A vhost's own JkMountFile replaces the main server's one; JkMount rules are always copied.
            var ownFile = scope.MountFiles.Count > 0;
            foreach (var rule in main)
            {
                if (!(ownFile && rule.Source == JkRuleSource.UriWorkerMap))
                    byScope[scope.Id].Add(rule with { Scope = scope.Id });
            }
        }

        var mounts = ImmutableArray.CreateBuilder<Mount>(rules.Count);
        foreach (var (scope, list) in byScope)
        {
            list.Sort(Priority);
            for (var i = 0; i < list.Count; i++)
                mounts.Add(ToMount(list[i], scope, i, types));
        }

        return mounts.ToImmutable();
    }

    private static Mount ToMount(JkRule rule, string scope, int order, IReadOnlyDictionary<string, string> types)
    {
        var parameters = rule.Extensions.SetItem("source", rule.Source switch
        {
            JkRuleSource.UriWorkerMap => "uriworkermap",
            JkRuleSource.JkMount => rule.Kind == MountKind.JkUnMount ? "JkUnMount" : "JkMount",
            _ => "mount",
        });
        var type = types.GetValueOrDefault(rule.Worker);
        if (type is not null)
            parameters = parameters.SetItem("type", type is "ajp14" ? "ajp13" : type);
        return new Mount
        {
            Kind = rule.Kind,
            Path = rule.Pattern,
            Target = rule.Worker,
            Balancer = type is "lb" or "ajp13" or "ajp14" && !rule.Exclude ? rule.Worker : null,
            Exclude = rule.Exclude,
            Scope = scope,
            InLocation = rule.InLocation,
            Order = order,
            Flags = rule.Disabled ? ["disabled"] : [],
            Parameters = parameters,
            Source = rule.Span,
        };
    }

    private static string Describe(JkRule rule) => rule.Source switch
    {
        JkRuleSource.UriWorkerMap => "uriworkermap rule",
        JkRuleSource.WorkerMount => "mount attribute",
        _ => rule.Kind == MountKind.JkUnMount ? "JkUnMount" : "JkMount",
    };

    private static int Slashes(string pattern)
    {
        var n = 0;
        foreach (var c in pattern)
        {
            if (c == '/')
                n++;
        }

        return n;
    }
}
