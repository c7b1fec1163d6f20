using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.IntegrationTests.RealTomcat;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// Two Debian tomcat10 nodes (own CATALINA_BASEs in a temp dir: HTTP, AJP with a secret, shutdown port,
/// Tribes receiver with StaticMembershipService, the shared <c>test</c> webapp) and our balancer
/// (<c>tomcatcompat run --only balancer</c>) with <c>ajp://</c> members in front. Started once per test
/// class on the first <see cref="Start"/> (after the test checked the real programs exist), stopped by
/// PID. Ports 27001–27032 (nodes) and 27040 (our balancer).
/// </summary>
public sealed class RealTomcatAjpCluster : IDisposable
{
    public const string Secret = "ajp-real-secret";

    public const int BalancerPort = 27040;

    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly Process?[] _tomcats = new Process?[2];
    private Process? _balancer;
    private bool _started;

    public RealTomcatAjpCluster()
    {
        Root = Path.Combine(Path.GetTempPath(), "tc-ajp-real-" + Guid.NewGuid().ToString("N"));
    }

    public string Root { get; }

    public string BalancerUrl => $"http://127.0.0.1:{BalancerPort}";

    /// <summary>AJP port of node <paramref name="i"/> (0-based).</summary>
    public static int AjpPort(int i) => 27011 + i;

    private static int HttpPort(int i) => 27001 + i;

    private static int ShutdownPort(int i) => 27021 + i;

    private static int ReceiverPort(int i) => 27031 + i;

    /// <summary>The mod_proxy members and balancer both front ends use (httpd-proxy.md: BalancerMember ajp:// route= secret=).</summary>
    public static string ProxyConfig => $"""
        LoadModule proxy_ajp_module /usr/lib/apache2/modules/mod_proxy_ajp.so
        <Proxy "balancer://cluster">
          BalancerMember ajp://127.0.0.1:{AjpPort(0)} route=tomcat1 secret={Secret}
          BalancerMember ajp://127.0.0.1:{AjpPort(1)} route=tomcat2 secret={Secret}
          ProxySet stickysession=JSESSIONID|jsessionid
        </Proxy>
        ProxyPass /test balancer://cluster/test

        """;

    /// <summary>Starts both tomcat10 JVMs and our balancer once; later calls return at once.</summary>
    public void Start(string catalinaSh)
    {
        lock (_gate)
        {
            if (_started)
                return;
            _started = true;
            // One after the other: started together, each DeltaManager waits for the other's session state
            // until its stateTransferTimeout (60 s) runs out (tomcat-cluster.md: DeltaManager).
            for (var i = 0; i < 2; i++)
            {
                _tomcats[i] = StartTomcat(catalinaSh, i);
                WaitForOk($"http://127.0.0.1:{HttpPort(i)}/test/static.txt", _tomcats[i]!);
            }

            var httpd = Path.Combine(Root, "balancer");
            var conf = BalancerRealHttpd.WriteConfig(httpd, BalancerPort, ProxyConfig);
            _balancer = StartLogged("dotnet", [Path.Combine(AppContext.BaseDirectory, "tomcatcompat.dll"), "run", conf, "--only", "balancer"], "balancer.log", new Dictionary<string, string>());
            WaitForOk(BalancerUrl + "/test/static.txt", _balancer);
        }
    }

    /// <summary>SIGKILL to the JVM of node <paramref name="index"/> (0-based): catalina.sh run execs java, so this PID is the JVM.</summary>
    public void Kill9(int index)
    {
        if (_tomcats[index] is { HasExited: false } p)
        {
            p.Kill();
            Assert.True(p.WaitForExit(10_000), "the killed tomcat did not exit");
        }
    }

    /// <summary>What the processes printed (for failure messages).</summary>
    public string Logs => Directory.Exists(Root)
        ? string.Join("\n", Directory.GetFiles(Root, "*.log").Select(f => f + ":\n" + Tail(File.ReadAllText(f))))
        : "";

    public void Dispose() => StaticTribesCluster.Stop(_tomcats.Append(_balancer), Root);

    private Process StartTomcat(string catalinaSh, int i)
    {
        var node = "tomcat" + (i + 1).ToString(CultureInfo.InvariantCulture);
        var b = Path.Combine(Root, node);
        foreach (var sub in new[] { "conf", "logs", "temp", "work", "webapps" })
            Directory.CreateDirectory(Path.Combine(b, sub));
        foreach (var f in new[] { "catalina.properties", "context.xml", "web.xml", "logging.properties" })
            File.Copy(Path.Combine(RealTomcatBase.Home, "etc", f), Path.Combine(b, "conf", f));
        File.WriteAllText(Path.Combine(b, "conf", "server.xml"), ServerXml(i));
        CopyDirectory("/work/shared/real-cluster/webapp/test", Path.Combine(b, "webapps", "test"));
        return StartLogged(catalinaSh, ["run"], node + ".log", new Dictionary<string, string>
        {
            ["CATALINA_HOME"] = RealTomcatBase.Home,
            ["CATALINA_BASE"] = b,
            ["CATALINA_TMPDIR"] = Path.Combine(b, "temp"),
            ["JAVA_OPTS"] = "-Djava.awt.headless=true -Xshare:auto -XX:TieredStopAtLevel=1",
        });
    }

    /// <summary>Runs <c>sh -c 'exec PROGRAM ARGS &gt;LOG 2&gt;&amp;1'</c>: the PID is the program's, its output goes to a file.</summary>
    private Process StartLogged(string program, string[] args, string log, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Root };
        foreach (var a in new[] { "-c", "log=$1; shift; exec \"$@\" >\"$log\" 2>&1", "sh", Path.Combine(Root, log), program }.Concat(args))
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
            psi.Environment[k] = v;
        return Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + program);
    }

    private void WaitForOk(string url, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartBound)
        {
            Assert.False(process.HasExited, $"process for {url} exited: {Logs}");
            try
            {
                using var response = client.GetAsync(url).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException)
            {
                // Not listening yet.
            }

            Thread.Sleep(200);
        }

        Assert.Fail($"{url} did not answer 200 within {StartBound.TotalSeconds} s: {Logs}");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from))
            File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from))
            CopyDirectory(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    private static string ServerXml(int i)
    {
        // As ../shared/real-cluster/conf/server.xml.tmpl, but with the synchronous-ack cluster of StaticTribesCluster.
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="{ShutdownPort(i)}" address="127.0.0.1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{HttpPort(i)}" protocol="HTTP/1.1" connectionTimeout="20000"/>
                <Connector address="127.0.0.1" port="{AjpPort(i)}" protocol="AJP/1.3" secret="{Secret}" secretRequired="true"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat{i + 1}">
                  {StaticTribesCluster.Xml([ReceiverPort(0), ReceiverPort(1)], i)}
                  <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false"/>
                </Engine>
              </Service>
            </Server>
            """;
    }
}
