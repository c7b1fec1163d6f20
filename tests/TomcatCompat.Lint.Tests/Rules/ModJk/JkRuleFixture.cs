using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests.Rules.ModJk;

/// <summary>Hand-built mod_jk lb workers as the ModJk mapping produces them (Origin "mod_jk", route = worker name by default).</summary>
internal static class JkRuleFixture
{
    public const string Workers = "workers.properties";

    public static BalancerMember Member(string name, int line, MemberStatus status = MemberStatus.None, string? redirect = null) => new()
    {
        Url = "ajp://127.0.0.1:8009",
        Scheme = "ajp",
        Host = "127.0.0.1",
        Port = 8009,
        Route = name,
        Status = status,
        Redirect = redirect,
        Source = new SourceSpan(Workers, line),
    };

    public static Topology Lb(params BalancerMember[] members) => new()
    {
        Balancers = [new BalancerSpec { Name = "lb", Origin = "mod_jk", Members = [.. members], Source = new SourceSpan(Workers, 2) }],
    };
}
