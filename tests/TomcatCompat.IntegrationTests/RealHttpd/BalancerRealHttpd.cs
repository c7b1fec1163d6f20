using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// One real Debian apache2 in the foreground (<c>-X</c>: one process, so the balancer's shared state is
/// not split between children) on a loopback port, with a generated config in its own temp dir. It is
/// stopped with SIGTERM to the PID in its own pid file, never by name, and killed after 10 s.
/// </summary>
internal sealed class BalancerRealHttpd : IDisposable
{
    /// <summary>The modules every differential config loads (absolute paths, no Debian tree needed).</summary>
    public const string Modules = """
        LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
        LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
        LoadModule authz_host_module /usr/lib/apache2/modules/mod_authz_host.so
        LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
        LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
        LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
        LoadModule slotmem_shm_module /usr/lib/apache2/modules/mod_slotmem_shm.so
        LoadModule proxy_balancer_module /usr/lib/apache2/modules/mod_proxy_balancer.so
        LoadModule lbmethod_byrequests_module /usr/lib/apache2/modules/mod_lbmethod_byrequests.so
        """;

    private readonly Process _process;

    private BalancerRealHttpd(string dir, Process process, int port)
    {
        Dir = dir;
        _process = process;
        Port = port;
    }

    public string Dir { get; }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Writes <paramref name="body"/> (after the generated preamble) to DIR/httpd.conf. The body's Listen line must use {PORT}.</summary>
    public static string WriteConfig(string dir, int port, string body)
    {
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        var preamble = $"""
            ServerRoot "{dir}"
            ServerName 127.0.0.1
            PidFile "{dir}/httpd.pid"
            DefaultRuntimeDir "{dir}/run"
            Mutex file:{dir}/run default
            ErrorLog "{dir}/error.log"
            LogLevel warn
            User www-data
            Group www-data
            {Modules}
            Listen 127.0.0.1:{port}

            """;
        var path = Path.Combine(dir, "httpd.conf");
        File.WriteAllText(path, preamble + body);
        return path;
    }

    public static BalancerRealHttpd Start(string dir, int port)
    {
        var apache2 = RealPrograms.Require("apache2", "/usr/sbin/apache2");
        // The children switch to www-data; they must be able to use the runtime dir.
        ProcessRunner.Run("chmod", ["-R", "777", dir]);
        var psi = new ProcessStartInfo(apache2) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-X", "-f", Path.Combine(dir, "httpd.conf"), "-d", dir })
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start apache2");
        var httpd = new BalancerRealHttpd(dir, process, port);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (process.HasExited)
            {
                Assert.Fail($"apache2 exited with {process.ExitCode}: {process.StandardError.ReadToEnd()} {SafeRead(Path.Combine(dir, "error.log"))}");
            }

            if (CanConnect(port) && File.Exists(Path.Combine(dir, "httpd.pid")))
            {
                return httpd;
            }

            Thread.Sleep(50);
        }

        httpd.Dispose();
        Assert.Fail("apache2 did not listen within 15 s: " + SafeRead(Path.Combine(dir, "error.log")));
        return httpd;
    }

    public string ErrorLog => SafeRead(Path.Combine(Dir, "error.log"));

    public void Dispose()
    {
        var pidFile = Path.Combine(Dir, "httpd.pid");
        if (!_process.HasExited && File.Exists(pidFile)
            && int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid == _process.Id)
        {
            ProcessRunner.Run("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)]);
        }

        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string SafeRead(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
