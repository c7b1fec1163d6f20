using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tests.Tomcat;

/// <summary>
/// Store managers in server.xml/context.xml (Redisson's Tomcat docs, the tomcat-redis-session-manager
/// README, the memcached-session-manager wiki) and Redisson's configPath YAML, with TC2700–TC2708.
/// </summary>
public sealed class StoreManagerReaderTests
{
    private static (NodeSpec Node, List<string> Codes) ReadContext(string managerXml, params (string Path, string Text)[] files)
    {
        var tree = new TomcatTree()
            .Add("conf/server.xml", TomcatTree.Server(""))
            .Add("conf/context.xml", "<Context>" + managerXml + "</Context>")
            .Add("webapps/app/WEB-INF/web.xml", "<web-app><distributable/></web-app>");
        foreach (var (path, text) in files)
            tree.Add(path, text);
        var (node, diagnostics) = tree.Read();
        return (node!, diagnostics.Select(d => d.Code).ToList());
    }

    private static ComponentSpec Manager(NodeSpec node) => Assert.Single(node.Webapps).Manager!;

    [Fact]
    public void RedissonSessionManager_configPath_yaml_singleServerConfig_becomes_redisson_attributes()
    {
        var (node, codes) = ReadContext(
            "<Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/redisson.yaml\" keyPrefix=\"shop:\"/>",
            ("conf/redisson.yaml", "# comment\nsingleServerConfig:\n  address: \"redis://127.0.0.1:23379\"  # inline\n  database: 2\n  password: 's3cret'\nthreads: 16\n"));
        var a = Manager(node).Attributes;

        Assert.DoesNotContain(codes, c => c.StartsWith("TC27", StringComparison.Ordinal) || c == "TC4206");
        Assert.Equal("single", a["redisson.mode"]);
        Assert.Equal("127.0.0.1:23379", a["redisson.addresses"]);
        Assert.Equal("2", a["redisson.database"]);
        Assert.Equal("s3cret", a["redisson.password"]);
        Assert.Equal("REDIS", a["readMode"]);
        Assert.Equal("DEFAULT", a["updateMode"]);
        Assert.Equal("shop:", a["keyPrefix"]);
    }

    [Fact]
    public void Redisson_sentinel_and_cluster_sections_give_every_address()
    {
        var (sentinel, _) = ReadContext("<Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/r.yaml\"/>",
            ("conf/r.yaml", "sentinelServersConfig:\n  masterName: \"mymaster\"\n  sentinelAddresses:\n  - \"redis://127.0.0.1:26379\"\n  - \"redis://127.0.0.1:26380\"\n"));
        var (cluster, _) = ReadContext("<Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/r.yaml\"/>",
            ("conf/r.yaml", "clusterServersConfig:\n  nodeAddresses: [\"redis://127.0.0.1:7001\", \"redis://127.0.0.1:7002\"]\n"));

        Assert.Equal(("sentinel", "127.0.0.1:26379,127.0.0.1:26380", "mymaster"),
            (Manager(sentinel).Attributes["redisson.mode"], Manager(sentinel).Attributes["redisson.addresses"], Manager(sentinel).Attributes["redisson.masterName"]));
        Assert.Equal(("cluster", "127.0.0.1:7001,127.0.0.1:7002"), (Manager(cluster).Attributes["redisson.mode"], Manager(cluster).Attributes["redisson.addresses"]));
    }

    [Theory]
    [InlineData("singleServerConfig:\n  address: \"127.0.0.1:6379\"\n", 2)]
    [InlineData("threads: 16\n", 1)]
    [InlineData("sentinelServersConfig:\n  sentinelAddresses:\n  - \"redis://127.0.0.1:26379\"\n", 2)]
    public void Redisson_yaml_that_Redisson_refuses_is_TC2705_at_its_line(string yaml, int line)
    {
        var tree = new TomcatTree()
            .Add("conf/server.xml", TomcatTree.Server(""))
            .Add("conf/context.xml", "<Context><Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/r.yaml\"/></Context>")
            .Add("conf/r.yaml", yaml);
        var (_, diagnostics) = tree.Read();

        var d = Assert.Single(diagnostics, d => d.Code == "TC2705");
        Assert.Equal(("node1/conf/r.yaml", line), (d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Redisson_without_configPath_is_TC2700_and_a_missing_file_TC2704()
    {
        Assert.Contains("TC2700", ReadContext("<Manager className=\"org.redisson.tomcat.RedissonSessionManager\"/>").Codes);
        Assert.Contains("TC2704", ReadContext("<Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"/nowhere/redisson.yaml\"/>").Codes);
    }

    [Fact]
    public void RedisSessionManager_without_RedisSessionHandlerValve_is_TC2708()
    {
        var (_, without) = ReadContext("<Manager className=\"com.orangefunction.tomcat.redissessions.RedisSessionManager\" host=\"127.0.0.1\"/>");
        var (node, with) = ReadContext("<Valve className=\"com.orangefunction.tomcat.redissessions.RedisSessionHandlerValve\"/><Manager className=\"com.orangefunction.tomcat.redissessions.RedisSessionManager\" host=\"127.0.0.1\"/>");

        Assert.Contains("TC2708", without);
        Assert.DoesNotContain("TC2708", with);
        Assert.Equal(("127.0.0.1", "6379", "2000"), (Manager(node).Attributes["host"], Manager(node).Attributes["port"], Manager(node).Attributes["timeout"]));
    }

    [Theory]
    [InlineData("memcachedNodes=\"n1:127.0.0.1:11211,127.0.0.1:11212\"", "TC2701")]
    [InlineData("memcachedNodes=\"n1:127.0.0.1:99999\"", "TC2701")]
    [InlineData("memcachedNodes=\"n1:127.0.0.1:11211,n2:127.0.0.1:11212\" failoverNodes=\"n3\"", "TC2702")]
    [InlineData("memcachedNodes=\"n1:127.0.0.1:11211\" failoverNodes=\"n1\"", "TC2702")]
    [InlineData("memcachedNodes=\"n1:127.0.0.1:11211\" lockingMode=\"sometimes\"", "TC2707")]
    [InlineData("sticky=\"false\"", "TC2700")]
    public void MSM_memcachedNodes_failoverNodes_lockingMode_are_checked(string attributes, string code) =>
        Assert.Contains(code, ReadContext($"<Manager className=\"de.javakaffee.web.msm.MemcachedBackupSessionManager\" {attributes}/>").Codes);

    [Fact]
    public void Store_manager_inside_Cluster_is_TC2703_not_TC2407()
    {
        var cluster = TomcatTree.ReadCluster("<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"><Manager className=\"de.javakaffee.web.msm.MemcachedBackupSessionManager\" memcachedNodes=\"n1:127.0.0.1:11211\"/></Cluster>", out var diagnostics);

        Assert.Equal("MemcachedBackupSessionManager", cluster.Manager.Kind);
        Assert.Contains(diagnostics, d => d.Code == "TC2703");
        Assert.DoesNotContain(diagnostics, d => d.Code is "TC2407" or "TC4206" or "TC4205");
    }
}
