using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// The workers mod_jk creates (those in worker.list and their lb members) → <see cref="BalancerSpec"/>s:
/// an lb worker becomes a balancer, a listed ajp13 worker a single-member balancer named after it
/// (<c>Parameters["type"]="ajp13"</c>), a status worker no balancer. Returns the type of each listed worker.
/// </summary>
internal static class ModJkMapping
{
    public const string Origin = "mod_jk";

    public static Dictionary<string, string> MapBalancers(JkWorkerSet workers, List<BalancerSpec> balancers, DiagnosticBag d)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in workers.Defined)
        {
            if (!JkValues.IsValidWorkerName(w.Name))
                d.Add(ConfigDiagnostics.JkBadWorkerName, w.Span, w.Name);
        }

        foreach (var name in workers.List)
        {
            var listSpan = workers.ListEntry?.Span ?? default;
            var w = workers.Find(name);
            if (w is null)
            {
                if (workers.ListEntry is not null)
                    d.Add(ConfigDiagnostics.JkListedWorkerUndefined, listSpan, name);
                w = workers.Implicit(name, listSpan);
            }

            created.Add(name);
            types[name] = w.Type;
            switch (w.Type)
            {
                case "lb":
                    balancers.Add(MapLb(w, workers, created, d));
                    break;
                case "ajp13" or "ajp14":
                    balancers.Add(MapStandalone(w, d));
                    break;
                case "status":
                    foreach (var (attribute, entry) in w.Attributes)
                    {
                        if (WorkerAttributeTable.StatusOptions.Contains(attribute))
                            d.Add(ConfigDiagnostics.JkStatusWorkerOption, entry.Span, attribute, w.Name);
                    }

                    break;
                default:
                    d.Add(ConfigDiagnostics.JkUnknownWorkerType, w.TypeSpan, w.Name, w.Type);
                    break;
            }
        }

        ReportUnused(workers, created, d);
        return types;
    }

    private static BalancerSpec MapLb(JkWorker lb, JkWorkerSet workers, HashSet<string> created, DiagnosticBag d)
    {
        var listEntry = lb.Get("balance_workers") ?? lb.Get("balanced_workers");
        var names = JkValues.SplitList(listEntry?.Value);
        if (names.Count == 0)
            d.Add(ConfigDiagnostics.JkLbWithoutMembers, lb.TypeSpan, lb.Name);

        var recoverTime = Math.Max(1, lb.Int("recover_time", 60, d));
        var members = ImmutableArray.CreateBuilder<BalancerMember>(names.Count);
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var w = workers.Find(name);
            if (w is null)
            {
                d.Add(ConfigDiagnostics.JkBalanceWorkerUndefined, listEntry!.Span, lb.Name, name);
                w = workers.Implicit(name, listEntry.Span);
            }

            created.Add(name);
            if (w.Type is not ("ajp13" or "ajp14"))
            {
                d.Add(ConfigDiagnostics.JkBalanceWorkerNotAjp, listEntry!.Span, lb.Name, name, w.Type);
                continue;
            }

            ReportWorkerNotes(w, d);
            var member = JkMemberMapping.Map(w, lb, recoverTime, d);
            if (routes.TryGetValue(member.Route!, out var other))
                d.Add(ConfigDiagnostics.JkDuplicateRoute, listEntry!.Span, lb.Name, other, name, member.Route);
            else
                routes[member.Route!] = name;
            members.Add(member);
        }

        var method = lb.Letter("method", "RTBSN", "R (request), T (traffic), B (busyness), S (sessions), N (next)", d);
        if (method is 'S' or 'N')
            d.Add(ConfigDiagnostics.JkMethodApproximated, lb.Get("method")!.Span, lb.Get("method")!.Value, lb.Name, method == 'S' ? "Sessions" : "Next");
        if (lb.Letter("lock", "OP", "O (optimistic), P (pessimistic)", d) == 'P')
            d.Add(ConfigDiagnostics.JkLockPessimistic, lb.Get("lock")!.Span, lb.Get("lock")!.Value, lb.Name);

        var sticky = lb.Bool("sticky_session", true, d);
        var force = sticky && lb.Bool("sticky_session_force", false, d);
        if (force)
        {
            d.Add(ConfigDiagnostics.JkStickySessionForce, lb.Get("sticky_session_force")!.Span, lb.Name);
            d.Add(ConfigDiagnostics.JkStickyForceApproximated, lb.Get("sticky_session_force")!.Span, lb.Name);
        }

        ReportWorkerNotes(lb, d);
        var count = members.Count;
        var retries = Math.Max(1, lb.Int("retries", 2, d));
        var lbRetries = Math.Max(1, lb.Int("lb_retries", 2, d));
        return new BalancerSpec
        {
            Name = lb.Name,
            Origin = Origin,
            LbMethod = method switch { 'T' => "bytraffic", 'B' => "bybusyness", _ => "byrequests" },
            StickySession = sticky
                ? [lb.String("session_cookie") ?? "JSESSIONID", (lb.String("session_path") ?? ";jsessionid").TrimStart(';')]
                : [],
            NoFailover = force,
            // mod_jk tries up to min(lb_retries, members) members per round, retries rounds, never the same member twice.
            MaxAttempts = count == 0 ? 0 : Math.Min(count - 1, Math.Max(0, (retries * Math.Min(lbRetries, count)) - 1)),
            FailOnStatus = StatusCodes(lb.String("fail_on_status")),
            Members = members.ToImmutable(),
            Parameters = lb.Parameters("lb"),
            Source = lb.TypeSpan,
        };
    }

    private static BalancerSpec MapStandalone(JkWorker w, DiagnosticBag d)
    {
        if (w.Type == "ajp14")
            d.Add(ConfigDiagnostics.JkAjp14, w.TypeSpan, w.Name);
        ReportWorkerNotes(w, d);
        var member = JkMemberMapping.Map(w, lb: null, recoverTime: 60, d);
        return new BalancerSpec
        {
            Name = w.Name,
            Origin = Origin,
            MaxAttempts = 0,
            FailOnStatus = StatusCodes(w.String("fail_on_status")),
            Members = [member],
            Parameters = w.Parameters("ajp13"),
            Source = w.TypeSpan,
        };
    }

    /// <summary>TC4108 for each attribute that is set but only recorded.</summary>
    private static void ReportWorkerNotes(JkWorker w, DiagnosticBag d)
    {
        foreach (var (attribute, entry) in w.Attributes)
        {
            if (WorkerAttributeTable.TryGet(attribute, out var a) && a.Support == AttributeSupport.Unsupported
                && !a.IsDeprecated && !WorkerAttributeTable.StatusOptions.Contains(attribute))
                d.Add(ConfigDiagnostics.JkAttributeUnsupported, entry.Span, attribute, w.Name);
        }
    }

    private static void ReportUnused(JkWorkerSet workers, HashSet<string> created, DiagnosticBag d)
    {
        var templates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in workers.Defined)
        {
            if (w.String("reference") is { } r && r.StartsWith("worker.", StringComparison.Ordinal))
                templates.Add(r["worker.".Length..].TrimEnd('.'));
        }

        foreach (var w in workers.Defined)
        {
            if (!created.Contains(w.Name) && !templates.Contains(w.Name))
                d.Add(ConfigDiagnostics.JkWorkerUnused, w.Span, w.Name);
        }
    }

    /// <summary>fail_on_status codes; a '-' prefix (answer 503 without marking the member) still counts.</summary>
    private static ImmutableArray<int> StatusCodes(string? text)
    {
        var codes = ImmutableArray.CreateBuilder<int>();
        foreach (var part in JkValues.SplitList(text))
        {
            if (int.TryParse(part.TrimStart('-'), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 999)
                codes.Add(code);
        }

        return codes.ToImmutable();
    }
}
