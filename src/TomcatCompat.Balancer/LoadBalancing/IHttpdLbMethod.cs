using TomcatCompat.Balancer.Health;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>An httpd lbmethod expressed as its <c>is_best</c> step and the bookkeeping after the round.</summary>
internal interface IHttpdLbMethod
{
    /// <summary>The httpd <c>lbmethod</c> name.</summary>
    string Name { get; }

    /// <summary>Offers one usable candidate (called in §3.5 order).</summary>
    void Offer(ref Election election, MemberState candidate);

    /// <summary>Runs after all candidates of the lbset were offered (byrequests subtracts the total).</summary>
    void Finish(ref Election election);
}
