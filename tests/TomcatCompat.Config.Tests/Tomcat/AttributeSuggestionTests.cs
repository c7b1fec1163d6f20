using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class AttributeSuggestionTests
{
    [Fact]
    public void Receiver_maxThread_typo_suggests_maxThreads_by_edit_distance()
    {
        TomcatTree.ReadCluster("<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"><Channel className=\"org.apache.catalina.tribes.group.GroupChannel\"><Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" maxThread=\"6\"/></Channel></Cluster>", out var diagnostics);
        var d = Assert.Single(diagnostics, x => x.Code == "TC2400");
        Assert.Equal("<Receiver> attribute \"maxThread\" is not a property of NioReceiver; Tomcat warns \"failed to set property\" and ignores it; did you mean \"maxThreads\"?", d.Message);
    }

    [Fact]
    public void Connector_connectionTimout_typo_in_a_partial_table_suggests_connectionTimeout()
    {
        var (_, diagnostics) = TomcatTree.ReadServer(TomcatTree.Server("", "<Connector port=\"8080\" connectionTimout=\"20000\"/>"));
        var d = Assert.Single(diagnostics, x => x.Code == "TC2401");
        Assert.Equal("<Connector> attribute \"connectionTimout\" is not in TomcatCompat's table for Connector; it is kept as written, check its spelling against the Tomcat docs; did you mean \"connectionTimeout\"?", d.Message);
    }

    [Fact]
    public void Unrelated_unknown_attribute_gets_no_suggestion()
    {
        TomcatTree.ReadCluster("<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\" frobnicate=\"1\"/>", out var diagnostics);
        Assert.EndsWith("ignores it; remove it or fix its spelling", Assert.Single(diagnostics, x => x.Code == "TC2400").Message);
    }

    [Theory]
    [InlineData("maxThreads", "maxthread", 1)]
    [InlineData("dropTime", "droptime", 0)]
    [InlineData("abc", "xyz", 3)]
    [InlineData("", "abc", 3)]
    public void EditDistance_ignores_case_and_counts_edits(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Of(a, b));
}
