using System.Net;
using System.Net.Sockets;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealTomcat;

/// <summary>
/// A throw-away CATALINA_BASE in a temp directory for the Debian tomcat10 package
/// (CATALINA_HOME=/usr/share/tomcat10): conf/server.xml as given, empty logs/temp/work/webapps.
/// <see cref="Run"/> starts <c>catalina.sh run</c> in the foreground with a hard time limit; the
/// process (our own child, by PID) is killed if it outlives it. Used for configs Tomcat refuses
/// to parse, so nothing stays running. Loopback ports only, picked free by <see cref="FreePort"/>.
/// </summary>
internal sealed class RealTomcatBase : IDisposable
{
    public const string Home = "/usr/share/tomcat10";

    public RealTomcatBase(string catalinaSh)
    {
        CatalinaSh = catalinaSh;
        Directory = Path.Combine(Path.GetTempPath(), "tomcatcompat-honest-" + Guid.NewGuid().ToString("N"));
        foreach (var sub in new[] { "conf", "logs", "temp", "work", "webapps" })
            System.IO.Directory.CreateDirectory(Path.Combine(Directory, sub));
    }

    public string CatalinaSh { get; }

    public string Directory { get; }

    public string ServerXml => Path.Combine(Directory, "conf", "server.xml");

    /// <summary>A TCP port free on 127.0.0.1 right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Writes server.xml, runs Tomcat until it exits (bounded), returns its exit code and all output.</summary>
    public ProcessRunner.Result Run(string serverXml, int timeoutMs = 90_000)
    {
        File.WriteAllText(ServerXml, serverXml);
        var environment = new Dictionary<string, string>
        {
            ["CATALINA_HOME"] = Home,
            ["CATALINA_BASE"] = Directory,
            ["CATALINA_TMPDIR"] = Path.Combine(Directory, "temp"),
            ["CATALINA_PID"] = Path.Combine(Directory, "tomcat.pid"),
            ["JAVA_OPTS"] = "-Djava.awt.headless=true -Xshare:auto -XX:TieredStopAtLevel=1",
        };
        return ProcessRunner.Run(CatalinaSh, ["run"], environment, timeoutMs);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test on cleanup.
        }
    }
}
