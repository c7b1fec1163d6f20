using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3101: <c>stickysession</c> names a cookie (and URL parameter) the webapps behind the balancer
/// never send. httpd compares the names case-sensitively (httpd-proxy.md §3.2); Tomcat names the
/// cookie after web.xml <c>cookie-config/name</c> or Context <c>sessionCookieName</c>, default
/// JSESSIONID, and the URL parameter <c>jsessionid</c> (or the custom cookie name, §15).
/// A cookie httpd sets itself (the <c>Header add Set-Cookie "ROUTEID=..."</c> recipe) is fine.
/// </summary>
internal sealed class StickySessionCookieMismatch : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3101", DiagnosticSeverity.Warning, "stickysession never matches the session cookie",
        "balancer \"{0}\" stickysession \"{1}\" never matches the session cookie \"{2}\" of webapp \"{3}\" on node \"{4}\" (names are case-sensitive), so stickiness never engages; set stickysession={2}|{5}");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var topology = context.Topology;
        var nodes = CrossFileFacts.NodesByName(topology);
        var prefixes = BalancerReach.PrefixesByBalancer(topology);
        foreach (var balancer in CrossFileFacts.Safe(topology.Balancers))
        {
            var sticky = CrossFileFacts.Safe(balancer.StickySession);
            if (sticky.IsEmpty || string.IsNullOrEmpty(sticky[0]))
                continue;
            var cookie = sticky[0];
            var urlName = sticky.Length > 1 ? sticky[1].TrimStart(';') : cookie;
            if (HttpdSetsCookie(topology, balancer.Scope, cookie))
                continue;

            foreach (var (node, webapp) in BalancerReach.WebApps(balancer, nodes, prefixes))
            {
                var param = webapp.CookieName == "JSESSIONID" ? "jsessionid" : webapp.CookieName;
                var viaCookie = UsesCookies(webapp) && string.Equals(cookie, webapp.CookieName, StringComparison.Ordinal);
                var viaUrl = !UsesCookies(webapp) && UsesUrl(webapp) && string.Equals(urlName, param, StringComparison.Ordinal);
                if (viaCookie || viaUrl)
                    continue;
                diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, string.Join('|', sticky), webapp.CookieName,
                    webapp.ContextPath.Length == 0 ? "/" : webapp.ContextPath, node.Name, param);
                break; // one finding per balancer: the fix is the same for every webapp
            }
        }
    }

    private static bool UsesCookies(WebApp webapp) =>
        webapp.TrackingModes.IsDefaultOrEmpty || webapp.TrackingModes.Contains("COOKIE");

    private static bool UsesUrl(WebApp webapp) =>
        webapp.TrackingModes.IsDefaultOrEmpty || webapp.TrackingModes.Contains("URL");

    /// <summary>mod_headers <c>Header add|set Set-Cookie "NAME=..."</c> in the main server or the balancer's virtual host.</summary>
    internal static bool HttpdSetsCookie(Topology topology, string scope, string cookie)
    {
        foreach (var vhost in CrossFileFacts.Safe(topology.VirtualHosts))
        {
            if (!vhost.IsMain && !string.Equals(vhost.Id, scope, StringComparison.Ordinal))
                continue;
            foreach (var header in CrossFileFacts.Safe(vhost.Headers))
            {
                if (string.Equals(header.Name, "Set-Cookie", StringComparison.OrdinalIgnoreCase)
                    && header.Value is { } value && value.TrimStart('"', ' ').StartsWith(cookie + "=", StringComparison.Ordinal))
                    return true;
            }
        }

        return false;
    }
}
