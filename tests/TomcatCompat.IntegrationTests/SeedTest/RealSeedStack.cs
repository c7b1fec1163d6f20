using System.Globalization;
using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The seed on the real programs, built in a temp dir like shared/real-cluster/setup.sh but on this
/// test's ports (block 25300): Debian apache2 (-X) balancing over two Debian tomcat10 nodes
/// (<c>catalina.sh run</c>, which execs the JVM, so the child's pid is the JVM's) with DeltaManager
/// replication and static membership on 127.0.0.1.
/// </summary>
internal sealed class RealSeedStack : ISeedStack
{
    private const string Home = "/usr/share/tomcat10";
    private static readonly TimeSpan ReadyBound = TimeSpan.FromSeconds(150);
    private readonly string _dir;
    private readonly string _catalina;
    private readonly Dictionary<string, SeedProcess> _tomcats = new(StringComparer.Ordinal);
    private readonly int _portBase;
    private BalancerRealHttpd? _httpd;

    private RealSeedStack(string dir, string catalina, int portBase)
    {
        _dir = dir;
        _catalina = catalina;
        _portBase = portBase;
    }

    public string BalancerUrl => _httpd!.Url;

    public static async Task<RealSeedStack> StartAsync(int portBase, int channelSendOptions = 8)
    {
        var catalina = RealPrograms.Require("tomcat10", Home + "/bin/catalina.sh");
        RealPrograms.Require("java", "/usr/bin/java");
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var stack = new RealSeedStack(Directory.CreateTempSubdirectory("tomcatcompat-real-seed-").FullName, catalina, portBase);
        try
        {
            foreach (var route in new[] { "tomcat1", "tomcat2" })
                stack.Lay(route, channelSendOptions);
            await Task.WhenAll(stack.StartTomcatAsync("tomcat1"), stack.StartTomcatAsync("tomcat2"));
            var httpdDir = Path.Combine(stack._dir, "httpd");
            Directory.CreateDirectory(httpdDir);
            BalancerRealHttpd.WriteConfig(httpdDir, portBase + 80, RealSeedFiles.HttpdBody(portBase + 81, portBase + 82));
            stack._httpd = BalancerRealHttpd.Start(httpdDir, portBase + 80);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public string NodeUrl(string route) => "http://127.0.0.1:" + Http(route).ToString(CultureInfo.InvariantCulture);

    public int Pid(string route) => _tomcats[route].Pid;

    public Task KillAsync(string route)
    {
        var pid = _tomcats[route].Pid;
        _tomcats[route].KillHard();
        _tomcats[route].Dispose();
        _tomcats.Remove(route);
        return CompatSeedStack.WaitGoneAsync(pid);
    }

    public Task RestartAsync(string route) => StartTomcatAsync(route);

    public string Log(string route) => _tomcats.TryGetValue(route, out var p) ? p.Output : "";

    public ValueTask DisposeAsync()
    {
        _httpd?.Dispose();
        // Both at once: each graceful stop takes a few seconds.
        Parallel.ForEach(_tomcats.Values, t => t.Dispose());
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }

        return ValueTask.CompletedTask;
    }

    private int Http(string route) => _portBase + (route == "tomcat1" ? 81 : 82);

    private void Lay(string route, int channelSendOptions)
    {
        var one = route == "tomcat1";
        var b = Path.Combine(_dir, route);
        foreach (var sub in new[] { "conf", "logs", "temp", "work", "webapps/test/WEB-INF" })
            Directory.CreateDirectory(Path.Combine(b, sub));
        foreach (var file in new[] { "catalina.properties", "context.xml", "web.xml" })
            File.Copy(Path.Combine(Home, "etc", file), Path.Combine(b, "conf", file));
        File.WriteAllText(Path.Combine(b, "conf", "server.xml"), RealSeedFiles.ServerXml(
            route, Http(route), _portBase + (one ? 5 : 6), _portBase + (one ? 40 : 41), _portBase + (one ? 41 : 40), channelSendOptions));
        File.WriteAllText(Path.Combine(b, "webapps/test/WEB-INF/web.xml"), RealSeedFiles.WebXml);
        File.WriteAllText(Path.Combine(b, "webapps/test/index.jsp"), RealSeedFiles.IndexJsp);
        File.WriteAllText(Path.Combine(b, "webapps/test/read.jsp"), RealSeedFiles.ReadJsp);
        StaticHeaders.Write(Path.Combine(b, "webapps/test"));
    }

    private async Task StartTomcatAsync(string route)
    {
        var b = Path.Combine(_dir, route);
        var tomcat = SeedProcess.Start([_catalina, "run"], new Dictionary<string, string>
        {
            ["CATALINA_HOME"] = Home,
            ["CATALINA_BASE"] = b,
            ["CATALINA_TMPDIR"] = Path.Combine(b, "temp"),
            // Debian sets only headless; urandom keeps session ids from blocking on a fresh VM, C1 only starts faster (tests only).
            ["JAVA_OPTS"] = "-Djava.awt.headless=true -Djava.security.egd=file:/dev/./urandom -XX:TieredStopAtLevel=1 -Xshare:auto -Dtomcat.node=" + route,
        });
        lock (_tomcats)
            _tomcats[route] = tomcat;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + ReadyBound;
        while (DateTime.UtcNow < deadline)
        {
            if (tomcat.HasExited)
                throw new InvalidOperationException(route + " exited:\n" + tomcat.Output);
            try
            {
                // read.jsp answers once the context (and its state transfer) is up; it also compiles the JSP.
                using var response = await client.GetAsync(NodeUrl(route) + "/test/read.jsp");
                if (response.IsSuccessStatusCode)
                {
                    using var warm = await client.GetAsync(NodeUrl(route) + "/test/index.jsp?warm=1");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(route + " did not answer within " + ReadyBound + ":\n" + tomcat.Output);
    }
}
