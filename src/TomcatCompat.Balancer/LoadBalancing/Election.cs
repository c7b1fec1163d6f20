using TomcatCompat.Balancer.Health;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>One round of httpd's <c>is_best</c> calls: the best member so far and the lbfactor total.</summary>
internal struct Election
{
    public MemberState? Best;

    public long Total;
}
