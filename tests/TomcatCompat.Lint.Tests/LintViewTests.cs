using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests;

public sealed class LintViewTests
{
    private static BalancerMember Member(int i) => new() { Url = $"http://127.0.0.1:{9000 + i}", Scheme = "http", Host = "127.0.0.1", Port = 9000 + i, Route = $"m{i}" };

    [Fact]
    public void Vhost_copies_sharing_main_members_with_equal_settings_are_checked_once()
    {
        System.Collections.Immutable.ImmutableArray<BalancerMember> members = [Member(1), Member(2)];
        var main = new BalancerSpec { Name = "balancer://c", Origin = "mod_proxy_balancer", Members = members, Source = new SourceSpan("a.conf", 1) };
        var copy = main with { Scope = "vhost:a.conf:5", MembersFrom = "main", Timeout = 30, Source = new SourceSpan("a.conf", 6) };
        var sameAgain = copy with { Scope = "vhost:a.conf:9", Source = new SourceSpan("a.conf", 10) };
        var different = copy with { Scope = "vhost:a.conf:13", NoFailover = true, Source = new SourceSpan("a.conf", 14) };
        var view = LintView.Of(new Topology { Balancers = [main, copy, sameAgain, different] });
        Assert.Equal([1, 6, 14], view.Balancers.Select(b => b.Source.Line));
    }
}
