using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// Real Debian apache2 with libapache2-mod-jk: an lb worker over two ajp13 workers (workers.properties
/// route, secret, sticky_session) in front of two TomcatCompat nodes' AJP connectors. Ports
/// 21003–21004 (AJP), 21013–21014 (receivers), 21021 (httpd).
/// </summary>
[Collection("RealAjp")]
public sealed class ModJkTests
{
    private const int HttpdPort = 21021;

    [SkippableFact]
    public async Task ModJk_seed_alternation_stickiness_and_kill9_failover()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        RealPrograms.Require("libapache2-mod-jk", "/usr/lib/apache2/modules/mod_jk.so");
        using var nodes = new AjpNodePair(21003, 21013);
        var dir = Path.Combine(nodes.Root, "httpd");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "workers.properties"), $"""
            worker.list=lb
            worker.tomcat1.type=ajp13
            worker.tomcat1.host=127.0.0.1
            worker.tomcat1.port={nodes.AjpPorts[0]}
            worker.tomcat1.route=tomcat1
            worker.tomcat1.secret={AjpNodePair.Secret}
            worker.tomcat2.type=ajp13
            worker.tomcat2.host=127.0.0.1
            worker.tomcat2.port={nodes.AjpPorts[1]}
            worker.tomcat2.route=tomcat2
            worker.tomcat2.secret={AjpNodePair.Secret}
            worker.lb.type=lb
            worker.lb.balance_workers=tomcat1,tomcat2
            worker.lb.sticky_session=true

            """);
        BalancerRealHttpd.WriteConfig(dir, HttpdPort, $"""
            LoadModule jk_module /usr/lib/apache2/modules/mod_jk.so
            JkWorkersFile "{dir}/workers.properties"
            JkShmFile "{dir}/run/jk.shm"
            JkLogFile "{dir}/mod_jk.log"
            JkLogLevel warn
            JkMount /test lb
            JkMount /test/* lb
            """);
        using var httpd = BalancerRealHttpd.Start(dir, HttpdPort);
        await AjpSeedScenario.RunAsync(httpd.Url, nodes.Kill9);
    }
}
