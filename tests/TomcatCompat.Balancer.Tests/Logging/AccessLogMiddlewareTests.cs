using System.Text.RegularExpressions;
using TomcatCompat.Balancer.Tests.Forwarding;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Logging;

public class AccessLogMiddlewareTests
{
    [Fact]
    public async Task CustomLog_writes_one_line_per_request_with_BALANCER_WORKER_ROUTE_and_env_condition()
    {
        var dir = Directory.CreateTempSubdirectory("tc-accesslog-");
        try
        {
            await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
            var topology = Topology(Spec(Member("tomcat1", tomcat1.Port)), ProxyPass("/test", "balancer://c1", 0)) with
            {
                VirtualHosts =
                [
                    new VirtualHostSpec
                    {
                        Id = "main",
                        IsMain = true,
                        AccessLogs =
                        [
                            new AccessLogSpec("access.log", "\"%r\" %>s %b %{BALANCER_WORKER_ROUTE}e %{X-Test}i", null, null, Span(70)),
                            new AccessLogSpec("proxied.log", "%U", null, "env=BALANCER_WORKER_NAME", Span(71)),
                            new AccessLogSpec("|/usr/bin/rotatelogs x 86400", "%h", null, null, Span(72)),
                        ],
                    },
                ],
            };
            await using var host = await BalancerHost.StartAsync(topology, new BalancerHostOptions { Urls = ["http://127.0.0.1:0"], AccessLogRoot = dir.FullName }, CancellationToken.None);
            using var client = new HttpClient();
            using (var request = new HttpRequestMessage(HttpMethod.Get, host.Urls[0] + "/test/a?b=1"))
            {
                request.Headers.Add("X-Test", "yes");
                (await client.SendAsync(request)).Dispose();
            }

            (await client.GetAsync(host.Urls[0] + "/nothing")).Dispose();
            await host.FlushAccessLogsAsync();

            var lines = await File.ReadAllLinesAsync(Path.Combine(dir.FullName, "access.log"));
            var length = "node=tomcat1 path=/a?b=1".Length;
            Assert.Equal([$"\"GET /test/a?b=1 HTTP/1.1\" 200 {length} tomcat1 yes", "\"GET /nothing HTTP/1.1\" 404 236 - -"], lines);
            Assert.Equal(["/test/a"], await File.ReadAllLinesAsync(Path.Combine(dir.FullName, "proxied.log")));
            Assert.Equal(["TC4411"], host.Diagnostics.Select(d => d.Code));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // httpd: a relative CustomLog path is relative to ServerRoot; import maps ServerRoot into the imported
    // tree, so under `run` the file lands there (not in the working directory).
    [Fact]
    public async Task CustomLog_relative_path_resolves_against_ServerRoot_inside_the_import_root()
    {
        var dir = Directory.CreateTempSubdirectory("tc-accesslog-root-");
        try
        {
            await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
            var topology = Topology(Spec(Member("tomcat1", tomcat1.Port)), ProxyPass("/test", "balancer://c1", 0)) with
            {
                HttpdServers = [new HttpdServerSpec { MainFile = "etc/httpd/conf/httpd.conf", ServerRoot = "etc/httpd" }],
                VirtualHosts =
                [
                    new VirtualHostSpec { Id = "main", IsMain = true, AccessLogs = [new AccessLogSpec("logs/access_log", "%U", null, null, Span(70))] },
                ],
            };
            await using var host = await BalancerHost.StartAsync(topology, new BalancerHostOptions { Urls = ["http://127.0.0.1:0"], ImportRoot = dir.FullName }, CancellationToken.None);
            using var client = new HttpClient();
            (await client.GetAsync(host.Urls[0] + "/test/x")).Dispose();
            await host.FlushAccessLogsAsync();

            Assert.Equal(["/test/x"], await File.ReadAllLinesAsync(Path.Combine(dir.FullName, "etc", "httpd", "logs", "access_log")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
