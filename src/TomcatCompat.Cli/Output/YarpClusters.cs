using System.Globalization;
using System.Text.Json.Nodes;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Output;

/// <summary>Balancers as YARP clusters: destinations, the closest built-in policy, httpd parameters in Metadata.</summary>
internal static class YarpClusters
{
    public static JsonObject FromBalancer(BalancerSpec b, JsonArray notes)
    {
        var destinations = new JsonObject();
        var members = b.Members.NullToEmpty();
        foreach (var m in members)
        {
            var id = YarpConfigFormatter.Unique(destinations, string.IsNullOrEmpty(m.Route) ? m.Host + "-" + m.Port.ToString(CultureInfo.InvariantCulture) : m.Route);
            destinations[id] = Destination(m);
        }

        if (members.Select(m => m.LoadFactor).Distinct().Skip(1).Any())
            notes.Add((JsonNode)$"{b.Name} ({b.Source}): members have different loadfactor values; YARP's built-in policies ignore them, TomcatCompat's balancer reads them from Metadata");
        if (!b.StickySession.IsDefaultOrEmpty)
            notes.Add((JsonNode)$"{b.Name} ({b.Source}): stickysession={string.Join('|', b.StickySession)} routes by the session id suffix; plain YARP has no such affinity, TomcatCompat's balancer reads it from Metadata");

        return new JsonObject
        {
            ["LoadBalancingPolicy"] = b.LbMethod == "bybusyness" ? "LeastRequests" : "RoundRobin",
            ["Destinations"] = destinations,
            ["Metadata"] = BalancerMetadata(b),
        };
    }

    public static JsonObject Direct(string address) => new()
    {
        ["Destinations"] = new JsonObject { ["backend"] = new JsonObject { ["Address"] = address } },
        ["Metadata"] = new JsonObject { ["origin"] = "ProxyPass" },
    };

    private static JsonObject Destination(BalancerMember m)
    {
        var metadata = new JsonObject
        {
            ["url"] = m.Url,
            ["route"] = m.Route ?? "",
            ["loadfactor"] = m.LoadFactor.ToString(CultureInfo.InvariantCulture),
            ["lbset"] = m.LbSet.ToString(CultureInfo.InvariantCulture),
            ["status"] = MemberStatusJsonConverter.ToLetters(m.Status),
            ["retry"] = m.Retry.ToString(CultureInfo.InvariantCulture),
            ["node"] = m.Node ?? "",
            ["source"] = m.Source.ToString(),
        };
        if (m.Redirect is not null)
            metadata["redirect"] = m.Redirect;
        foreach (var (key, value) in m.Parameters)
            metadata.TryAdd(key, value);
        return new JsonObject { ["Address"] = m.Url + m.Path, ["Metadata"] = metadata };
    }

    private static JsonObject BalancerMetadata(BalancerSpec b)
    {
        var metadata = new JsonObject
        {
            ["balancer"] = b.Name,
            ["origin"] = b.Origin,
            ["scope"] = b.Scope,
            ["lbmethod"] = b.LbMethod,
            ["stickysession"] = string.Join('|', b.StickySession.NullToEmpty()),
            ["stickysessionsep"] = b.StickySessionSep ?? "Off",
            ["scolonpathdelim"] = b.ScolonPathDelim ? "On" : "Off",
            ["nofailover"] = b.NoFailover ? "On" : "Off",
            ["maxattempts"] = b.MaxAttempts?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["timeout"] = b.Timeout.ToString(CultureInfo.InvariantCulture),
            ["failonstatus"] = string.Join(',', b.FailOnStatus.NullToEmpty()),
            ["failontimeout"] = b.FailOnTimeout ? "On" : "Off",
            ["forcerecovery"] = b.ForceRecovery ? "On" : "Off",
            ["source"] = b.Source.ToString(),
        };
        foreach (var (key, value) in b.Parameters)
            metadata.TryAdd(key, value);
        return metadata;
    }
}
