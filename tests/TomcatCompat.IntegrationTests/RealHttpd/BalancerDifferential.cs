using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Balancer;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// Runs one request sequence twice against the same generated config: once through the real apache2,
/// once through <see cref="BalancerHost"/> (built from our import of that file), each time with fresh
/// echo backends on the same fixed ports, and returns both transcripts for comparison.
/// </summary>
internal static class BalancerDifferential
{
    /// <summary>The differential test classes run one after another: fewer processes and port churn on a shared box.</summary>
    public const string Collection = "real apache2 balancer";

    /// <summary>What a scenario can do: send requests to the proxy and stop or start backends by name.</summary>
    public sealed class Side(string url, IReadOnlyDictionary<string, BalancerEchoBackend> backends, Func<Task<string[]>> accessLog)
    {
        /// <summary>The lines of the side's <c>logs/access.log</c> written so far.</summary>
        public Func<Task<string[]>> AccessLog { get; } = accessLog;

        /// <summary>
        /// Waits (at most 5 s) until the access log has <paramref name="count"/> lines: httpd logs a request
        /// after its response has gone out, so the last line can lag behind the client.
        /// </summary>
        public async Task<string[]> AccessLogAsync(int count)
        {
            var lines = await AccessLog();
            for (var i = 0; i < 100 && lines.Length < count; i++)
            {
                await Task.Delay(50);
                lines = await AccessLog();
            }

            return lines;
        }

        public HttpClient Client { get; } = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

        public string Url { get; } = url;

        public int Port => new Uri(Url).Port;

        public Task StopAsync(string name) => backends[name].StopAsync();

        /// <summary>GET and the echoed request header lines that start with one of <paramref name="prefixes"/>, ports normalised.</summary>
        public async Task<List<string>> EchoedHeadersAsync(string path, params string[] prefixes)
        {
            var body = await Client.GetStringAsync(Url + path);
            return [.. body.Split('\n').Where(l => prefixes.Any(p => l.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                .Select(l => l.Replace(":" + Port.ToString(CultureInfo.InvariantCulture), ":PORT", StringComparison.Ordinal))];
        }

        /// <summary>GET and a one-line summary: status, the node that answered (or "-"), and the given response headers.</summary>
        public async Task<string> GetAsync(string path, string? cookie = null, params string[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Url + path);
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }

            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var node = body.StartsWith("node=", StringComparison.Ordinal) ? body[5..body.IndexOf('\n')] : "-";
            var line = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {node}");
            foreach (var name in headers)
            {
                var values = response.Headers.TryGetValues(name, out var v) ? v : response.Content.Headers.TryGetValues(name, out var c) ? c : [];
                line += $" {name}=[{string.Join("|", values).Replace(":" + Port.ToString(CultureInfo.InvariantCulture), ":PORT", StringComparison.Ordinal)}]";
            }

            return line;
        }
    }

    /// <summary>
    /// <paramref name="body"/> uses {P1}, {P2}, {P3} for the backends n1–n3. Returns (apache2, ours) transcripts
    /// and our import's diagnostics.
    /// </summary>
    public static async Task<(List<string> Httpd, List<string> Ours, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(
        string body, Func<Side, Task<List<string>>> scenario, int backendCount = 3)
    {
        var ports = Enumerable.Range(1, backendCount).Select(_ => BalancerRealHttpd.FreePort()).ToArray();
        for (var i = 0; i < ports.Length; i++)
        {
            body = body.Replace("{P" + (i + 1).ToString(CultureInfo.InvariantCulture) + "}", ports[i].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var dir = Directory.CreateTempSubdirectory("tc-balancer-diff-").FullName;
        try
        {
            var httpdPort = BalancerRealHttpd.FreePort();
            BalancerRealHttpd.WriteConfig(dir, httpdPort, body);
            var topology = Import(dir);
            var errors = topology.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "import errors:\n" + string.Join('\n', errors));

            List<string> real;
            var backends = await StartBackendsAsync(ports);
            try
            {
                Directory.CreateDirectory(Path.Combine(dir, "logs"));
                using var httpd = BalancerRealHttpd.Start(dir, httpdPort);
                real = await scenario(new Side(httpd.Url, backends, () => ReadLines(Path.Combine(dir, "logs", "access.log"))));
            }
            finally
            {
                await StopAllAsync(backends);
            }

            List<string> ours;
            backends = await StartBackendsAsync(ports);
            try
            {
                var ourRoot = Path.Combine(dir, "ours");
                var options = new BalancerHostOptions { Urls = ["http://127.0.0.1:0"], AccessLogRoot = ourRoot };
                await using var host = await BalancerHost.StartAsync(topology, options, CancellationToken.None);
                ours = await scenario(new Side(host.Urls[0], backends, async () =>
                {
                    await host.FlushAccessLogsAsync();
                    return await ReadLines(Path.Combine(ourRoot, "logs", "access.log"));
                }));
                return (real, ours, [.. topology.Diagnostics, .. host.Diagnostics]);
            }
            finally
            {
                await StopAllAsync(backends);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<string[]> ReadLines(string path) => File.Exists(path) ? await File.ReadAllLinesAsync(path) : [];

    private static Topology Import(string dir)
    {
        var bag = new DiagnosticBag();
        var reader = new SourceReader(PhysicalFileSystem.Instance, dir);
        var config = HttpdConfigReader.Read(reader, Path.Combine(dir, "httpd.conf"), new HttpdOptions { ServerRoot = dir }, bag);
        var proxy = HttpdBinder.Bind(config, bag);
        return new Topology
        {
            Listens = proxy.Listens,
            VirtualHosts = proxy.VirtualHosts,
            Balancers = proxy.Balancers,
            Mounts = proxy.Mounts,
            Diagnostics = bag.ToImmutable(),
        };
    }

    private static async Task<Dictionary<string, BalancerEchoBackend>> StartBackendsAsync(int[] ports)
    {
        var backends = new Dictionary<string, BalancerEchoBackend>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Length; i++)
        {
            var b = new BalancerEchoBackend("n" + (i + 1).ToString(CultureInfo.InvariantCulture), ports[i]);
            await b.StartAsync();
            backends[b.Name] = b;
        }

        return backends;
    }

    private static async Task StopAllAsync(Dictionary<string, BalancerEchoBackend> backends)
    {
        foreach (var b in backends.Values)
        {
            await b.StopAsync();
        }
    }
}
