using TomcatCompat.Config.Tomcat;
using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class ClassMissingInVersionTests
{
    private readonly ClassMissingInVersion _rule = new();

    private static string Seedlike => Server(Cluster(Receiver + "\n" + FailureDetector + "\n" + Interceptor("MessageDispatch15Interceptor")));

    [Fact]
    public void MessageDispatch15Interceptor_on_default_Tomcat_10_1_is_an_error_naming_the_successor()
    {
        var d = Single(_rule, Seedlike);
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 11, 12), d.Span);
        Assert.Equal(
            "<Interceptor> className \"org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor\" does not exist in Tomcat 10.1 (removed in 8.5.0): Tomcat 10.1 refuses to start (ClassNotFoundException); this is a Tomcat 8.0-era setting; use org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor",
            d.Message);
    }

    [Fact]
    public void MessageDispatch15Interceptor_with_tomcat_version_8_0_is_not_flagged() =>
        Assert.Empty(Run(_rule, Seedlike, options: new LintOptions { TomcatVersion = "8.0.21" }));

    [Fact]
    public void Class_the_front_end_already_reported_as_TC2405_is_not_reported_twice()
    {
        var context = Read(Seedlike, tomcat: new TomcatOptions { VersionExplicit = true });
        Assert.Contains(context.Topology.Diagnostics, d => d.Code == "TC2405");
        Assert.Empty(Run(_rule, context));
    }

    [Fact]
    public void StaticMembershipService_on_Tomcat_8_5_needs_a_newer_release()
    {
        var xml = Server(Cluster("          <Membership className=\"org.apache.catalina.tribes.membership.StaticMembershipService\"/>\n" + Receiver));
        var d = Single(_rule, xml, options: new LintOptions { TomcatVersion = "8.5" });
        Assert.Equal(
            "<Membership> className \"org.apache.catalina.tribes.membership.StaticMembershipService\" does not exist in Tomcat 8.5 (added in 9.0.11): Tomcat 8.5 refuses to start (ClassNotFoundException); remove it or run Tomcat 9.0.11 or later",
            d.Message);
    }

    [Fact]
    public void BioReceiver_on_Tomcat_10_1_is_flagged_without_the_8_0_era_note()
    {
        var xml = Server(Cluster("          <Receiver className=\"org.apache.catalina.tribes.transport.bio.BioReceiver\" address=\"10.0.0.1\"/>"));
        Assert.EndsWith("(removed in 10.0.0-M5): Tomcat 10.1 refuses to start (ClassNotFoundException); use org.apache.catalina.tribes.transport.nio.NioReceiver", Single(_rule, xml).Message);
    }

    [Fact]
    public void Classes_of_Tomcat_10_1_are_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver + "\n" + FailureDetector + "\n" + Dispatch))));
}
