using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2160: <c>stickysession=ROUTEID</c> (a route cookie: its name contains "ROUTE") but no
/// <c>Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; ..." env=BALANCER_ROUTE_CHANGED</c>.
/// Tomcat never sets such a cookie, so only httpd's recipe makes requests carry it
/// (httpd-proxy.md §3.9); without it stickiness never engages.
/// </summary>
internal sealed class RouteCookieWithoutRecipe : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2160", DiagnosticSeverity.Warning, "route cookie without its Header recipe",
        "balancer \"{0}\" has stickysession=\"{1}\", a route cookie that no Header directive sets, so no request carries it and stickiness never engages; add Header add Set-Cookie \"{1}=.%{{BALANCER_WORKER_ROUTE}}e; path=/\" env=BALANCER_ROUTE_CHANGED");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var headers = CrossFileFacts.Safe(context.Topology.VirtualHosts).SelectMany(h => CrossFileFacts.Safe(h.Headers))
            .Where(h => h.Name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase) && h.Value is not null
                        && h.Value.Contains("BALANCER_WORKER_ROUTE", StringComparison.Ordinal))
            .ToList();
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            var sticky = CrossFileFacts.Safe(balancer.StickySession);
            if (!HttpdFacts.IsHttpd(balancer) || sticky.IsEmpty)
                continue;
            var cookie = sticky[0];
            if (cookie.Contains("ROUTE", StringComparison.OrdinalIgnoreCase) && !headers.Any(h => SetsCookie(h, cookie)))
                diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, cookie);
        }
    }

    // The value starts with NAME= (cookie names are case-sensitive, as httpd's cookie search is).
    private static bool SetsCookie(HeaderRule header, string cookie) =>
        header.Value!.TrimStart().StartsWith(cookie + "=", StringComparison.Ordinal);
}
