using System.Globalization;
using System.Net;
using System.Text;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Manager;

/// <summary>
/// The balancer-manager HTML page with the fields httpd 2.4.71 shows (httpd-proxy.md §3.10): per balancer
/// MaxMembers, StickySession, DisableFailover, Timeout, FailoverAttempts, Method, Path, Active; per member
/// Worker URL, Route, RouteRedir, Factor, Set, Status, Elected, Busy, Load, To, From (and the HC columns).
/// Caller holds no lock; each balancer is read under its own.
/// </summary>
internal static class ManagerPage
{
    private static readonly (MemberStatus Flag, string Text)[] StatusTexts =
    [
        (MemberStatus.IgnoreErrors, "Ign "), (MemberStatus.Draining, "Drn "), (MemberStatus.Disabled, "Dis "),
        (MemberStatus.Stopped, "Stop "), (MemberStatus.InError, "Err "), (MemberStatus.HotStandby, "Stby "),
        (MemberStatus.HotSpare, "Spar "), (MemberStatus.HealthCheckFailed, "HcFl "),
    ];

    private static readonly (char Letter, MemberStatus Flag, string Label)[] FormFlags =
    [
        ('I', MemberStatus.IgnoreErrors, "Ignore Errors"), ('N', MemberStatus.Draining, "Draining Mode"),
        ('D', MemberStatus.Disabled, "Disabled"), ('H', MemberStatus.HotStandby, "Hot Standby"),
        ('R', MemberStatus.HotSpare, "Hot Spare"), ('S', MemberStatus.Stopped, "Stopped"),
        ('C', MemberStatus.HealthCheckFailed, "HC Fail"),
    ];

    public static string Render(string host, string path, IEnumerable<(BalancerState Balancer, string MountPath)> balancers, BalancerState? selected, MemberState? worker)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">\n")
            .Append("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\n")
            .Append("<title>Balancer Manager</title>\n</head>\n<body><h1>Load Balancer Manager for ").Append(Html(host)).Append("</h1>\n\n")
            .Append("<dl><dt>Server Version: TomcatCompat (httpd 2.4.71 balancer emulation)</dt>\n")
            .Append("<dt>Balancer changes will NOT be persisted on restart.</dt>\n</dl>\n");
        foreach (var (balancer, mountPath) in balancers)
        {
            lock (balancer.Sync)
            {
                AppendBalancer(sb, path, balancer, mountPath);
            }
        }

        if (selected is not null && worker is not null)
        {
            lock (selected.Sync)
            {
                AppendWorkerForm(sb, path, selected, worker);
            }
        }

        return sb.Append("</body></html>\n").ToString();
    }

    /// <summary>httpd's status column: "Init " then one word per flag, "Ok " when usable.</summary>
    public static string StatusText(MemberState member)
    {
        var sb = new StringBuilder("Init ");
        foreach (var (flag, text) in StatusTexts)
        {
            if (member.Has(flag))
            {
                sb.Append(text);
            }
        }

        return member.IsUsable ? sb.Append("Ok ").ToString() : sb.ToString();
    }

    /// <summary>apr_strfsize: "%3d " below 973 bytes, else one decimal below 10 of a unit, with K, M, G...</summary>
    public static string FormatSize(long size)
    {
        if (size < 0)
        {
            return "  - ";
        }

        if (size < 973)
        {
            return size.ToString(CultureInfo.InvariantCulture).PadLeft(3) + " ";
        }

        const string units = "KMGTPE";
        var unit = 0;
        while (true)
        {
            var remain = (int)(size & 1023);
            size >>= 10;
            if (size >= 973)
            {
                unit++;
                continue;
            }

            if (size < 9 || (size == 9 && remain < 973))
            {
                remain = ((remain * 5) + 256) / 512;
                if (remain >= 10)
                {
                    size++;
                    remain = 0;
                }

                return string.Create(CultureInfo.InvariantCulture, $"{size}.{remain}{units[unit]}");
            }

            if (remain >= 512)
            {
                size++;
            }

            return size.ToString(CultureInfo.InvariantCulture).PadLeft(3) + units[unit];
        }
    }

    private static void AppendBalancer(StringBuilder sb, string path, BalancerState balancer, string mountPath)
    {
        var spec = balancer.Spec;
        var name = BareName(spec.Name);
        var link = $"{path}?b={Uri.EscapeDataString(name)}&nonce={Uri.EscapeDataString(balancer.Nonce)}";
        var sticky = spec.StickySession.IsDefaultOrEmpty ? "(None)" : string.Join(" | ", spec.StickySession);
        sb.Append("<hr />\n<h3>LoadBalancer Status for <a href=\"").Append(Html(link)).Append("\">").Append(Html(spec.Name)).Append("</a></h3>\n\n")
            .Append("<table><tr><th>MaxMembers</th><th>StickySession</th><th>DisableFailover</th><th>Timeout</th><th>FailoverAttempts</th><th>Method</th><th>Path</th><th>Active</th></tr>\n<tr>")
            .Append(Td($"{balancer.Members.Length} [{balancer.Members.Length} Used]"))
            .Append(Td(sticky))
            .Append(Td(balancer.NoFailover ? "On" : "Off"))
            .Append(Td(spec.Timeout.ToString(CultureInfo.InvariantCulture)))
            .Append(Td(balancer.MaxAttempts.ToString(CultureInfo.InvariantCulture)))
            .Append(Td(balancer.LbMethod))
            .Append(Td(mountPath))
            .Append(Td("Yes"))
            .Append("</tr>\n</table>\n<br />\n\n");
        var hc = balancer.Members.Any(m => m.HealthCheckActive);
        sb.Append("<table><tr><th>Worker URL</th><th>Route</th><th>RouteRedir</th><th>Factor</th><th>Set</th><th>Status</th><th>Elected</th><th>Busy</th><th>Load</th><th>To</th><th>From</th>");
        if (hc)
        {
            sb.Append("<th>HC Method</th><th>HC Interval</th><th>Passes</th><th>Fails</th><th>HC uri</th><th>HC Expr</th>");
        }

        sb.Append("</tr>\n");
        foreach (var member in balancer.Members)
        {
            var workerLink = $"{path}?b={Uri.EscapeDataString(name)}&w={Uri.EscapeDataString(member.Name)}&nonce={Uri.EscapeDataString(balancer.Nonce)}";
            sb.Append("<tr>\n<td><a href=\"").Append(Html(workerLink)).Append("\">").Append(Html(member.Name)).Append("</a></td>")
                .Append(Td(member.Route))
                .Append(Td(member.Redirect))
                .Append(Td((member.LbFactor / 100m).ToString("0.00", CultureInfo.InvariantCulture)))
                .Append(Td(member.LbSet.ToString(CultureInfo.InvariantCulture)))
                .Append(Td(StatusText(member)))
                .Append(Td(member.Elected.ToString(CultureInfo.InvariantCulture)))
                .Append(Td(member.Busy.ToString(CultureInfo.InvariantCulture)))
                .Append(Td(member.LbStatus.ToString(CultureInfo.InvariantCulture)))
                .Append(Td(FormatSize(member.Transferred)))
                .Append(Td(FormatSize(member.Read)));
            if (hc && member.Spec.HealthCheck is { } check)
            {
                sb.Append(Td(check.Method.ToUpperInvariant()))
                    .Append(Td(check.IntervalMs.ToString(CultureInfo.InvariantCulture) + "ms"))
                    .Append(Td($"{check.Passes} ({member.HealthPasses})"))
                    .Append(Td($"{check.Fails} ({member.HealthFails})"))
                    .Append(Td(check.Uri))
                    .Append(Td(check.ExpressionName ?? ""));
            }
            else if (hc)
            {
                sb.Append(Td("NONE")).Append(Td("")).Append(Td("")).Append(Td("")).Append(Td("")).Append(Td(""));
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static void AppendWorkerForm(StringBuilder sb, string path, BalancerState balancer, MemberState member)
    {
        sb.Append("<h3>Edit worker settings for ").Append(Html(member.Name)).Append("</h3>\n")
            .Append("<form method=\"POST\" enctype=\"application/x-www-form-urlencoded\" action=\"").Append(Html(path)).Append("\">\n<table>\n")
            .Append("<tr><td>Load factor:</td><td><input name='w_lf' id='w_lf' type=text value='")
            .Append((member.LbFactor / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append("'></td></tr>\n")
            .Append("<tr><td>LB Set:</td><td><input name='w_ls' id='w_ls' type=text value='").Append(member.LbSet.ToString(CultureInfo.InvariantCulture)).Append("'></td></tr>\n")
            .Append("<tr><td>Route:</td><td><input name='w_wr' id='w_wr' type=text value='").Append(Html(member.Route)).Append("'></td></tr>\n")
            .Append("<tr><td>Route Redirect:</td><td><input name='w_rr' id='w_rr' type=text value='").Append(Html(member.Redirect)).Append("'></td></tr>\n");
        // httpd offers the HC Fail switch only with mod_proxy_hcheck loaded; checked members stand in for that here.
        var hc = balancer.Members.Any(m => m.HealthCheckActive);
        foreach (var (letter, flag, label) in FormFlags)
        {
            if (letter == 'C' && !hc)
            {
                continue;
            }

            var on = member.Has(flag);
            sb.Append("<tr><td>Status: ").Append(label).Append("</td><td><label for='w_status_").Append(letter).Append("1'>On</label> <input name='w_status_")
                .Append(letter).Append("' id='w_status_").Append(letter).Append("1' value='1' type=radio").Append(on ? " checked" : "")
                .Append("> <label for='w_status_").Append(letter).Append("0'>Off</label> <input name='w_status_").Append(letter).Append("' id='w_status_")
                .Append(letter).Append("0' value='0' type=radio").Append(on ? "" : " checked").Append("></td></tr>\n");
        }

        sb.Append("<tr><td colspan=2><input type=submit value='Submit'></td></tr>\n</table>\n")
            .Append("<input type=hidden name='w' id='w' value='").Append(Html(member.Name)).Append("'>\n")
            .Append("<input type=hidden name='b' id='b' value='").Append(Html(BareName(balancer.Spec.Name))).Append("'>\n")
            .Append("<input type=hidden name='nonce' id='nonce' value='").Append(Html(balancer.Nonce)).Append("'>\n</form>\n");
    }

    /// <summary>The name without <c>balancer://</c>, as the manager's <c>b</c> parameter carries it.</summary>
    public static string BareName(string name) =>
        name.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase) ? name["balancer://".Length..] : name;

    private static string Td(string text) => "<td>" + Html(text) + "</td>";

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
