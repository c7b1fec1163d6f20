using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

/// <summary>
/// TC2562: a store manager as &lt;Cluster&gt;&lt;Manager&gt; is an error in lint (real Tomcat's
/// setManagerTemplate(ClusterManager) refuses it, tomcat-cluster.md §1.5, §1.8), reported once:
/// the front end's TC2703 warning for the same element is replaced, not repeated.
/// </summary>
public sealed class StoreManagerInClusterRefusedTests
{
    private const string Redisson = "<Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/redisson.yaml\"/>";

    /// <summary>Complete settings, so the only finding at the element is the one under test.</summary>
    private const string Msm = "<Manager className=\"de.javakaffee.web.msm.MemcachedBackupSessionManager\" memcachedNodes=\"n1:127.0.0.1:11211\"/>";

    private readonly StoreManagerInClusterRefused _rule = new();

    private static string InCluster(string manager) => Server(Cluster(Receiver, "", manager));

    [Fact]
    public void Redisson_manager_in_Cluster_is_TC2562_error_at_the_Manager_element()
    {
        var d = Single(_rule, InCluster(Redisson));
        Assert.Equal(new SourceSpan(ServerXmlPath, 7, 10), d.Span);
        Assert.Equal(
            "<Cluster><Manager> className \"org.redisson.tomcat.RedissonSessionManager\" is not a ClusterManager: the real Tomcat refuses it there (\"argument type mismatch\") and does not start (TomcatCompat's run would accept it, TC2703); move the <Manager> into conf/context.xml (or the <Context>) as the manager's docs say",
            d.Message);
    }

    [Theory]
    [InlineData("com.orangefunction.tomcat.redissessions.RedisSessionManager")]
    [InlineData("de.javakaffee.web.msm.MemcachedBackupSessionManager\" memcachedNodes=\"n1:127.0.0.1:11211")]
    [InlineData("de.javakaffee.web.msm.MemcachedSessionManager\" memcachedNodes=\"n1:127.0.0.1:11211")]
    public void Every_store_manager_in_Cluster_is_flagged(string className) =>
        Assert.Equal(Config.Diagnostics.DiagnosticSeverity.Error, Single(_rule, InCluster($"<Manager className=\"{className}\"/>")).Severity);

    [Theory]
    [InlineData("<Manager className=\"org.apache.catalina.ha.session.DeltaManager\"/>")]
    [InlineData("<Manager className=\"org.apache.catalina.ha.session.BackupManager\"/>")]
    [InlineData("")]
    public void Cluster_managers_and_the_implicit_DeltaManager_are_not_flagged(string manager) =>
        Assert.Empty(Run(_rule, InCluster(manager)));

    [Fact]
    public void Store_manager_in_the_Context_is_not_flagged()
    {
        var xml = Server(Cluster(Receiver)).Replace(
            "<Host name=\"localhost\" appBase=\"webapps\"/>",
            "<Host name=\"localhost\" appBase=\"webapps\"><Context path=\"/app\" docBase=\"app\">" + Redisson + "</Context></Host>",
            StringComparison.Ordinal);
        Assert.Empty(Run(_rule, xml));
    }

    [Fact]
    public void Linter_reports_the_finding_once_as_TC2562_error_and_drops_the_front_ends_TC2703_warning()
    {
        var context = Read(InCluster(Msm));
        Assert.Contains(context.Topology.Diagnostics, d => d.Code == "TC2703" && d.Severity == DiagnosticSeverity.Warning);

        var result = Linter.Default.Run(context.Topology, context.Files, new LintOptions());

        var d = Assert.Single(result.Diagnostics, d => d.Span == new SourceSpan(ServerXmlPath, 7, 10));
        Assert.Equal(("TC2562", DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == "TC2703");
    }

    [Fact]
    public void Ignore_TC2562_suppresses_the_error_and_the_warning_does_not_come_back()
    {
        var context = Read(InCluster(Msm));
        var result = Linter.Default.Run(context.Topology, context.Files, new LintOptions { Ignore = ["TC2562"] });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "TC2562" or "TC2703");
    }
}
