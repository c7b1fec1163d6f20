using System.Net;
using System.Text.Json;
using TomcatCompat.Cli.Commands;
using TomcatCompat.Testing;

namespace TomcatCompat.Node.Tests.Run;

/// <summary>
/// <c>run --local --in-process</c> of conf-samples/seed (ports moved into block 25500): everything on
/// 127.0.1.x, never 192.168.x.x. Endpoints come from --status-file; the run is stopped by cancelling.
/// </summary>
public sealed class RunCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_local_seed_balances_replicates_and_survives_a_node_stop()
    {
        var status = Path.Combine(Path.GetTempPath(), "tc-run-" + Guid.NewGuid().ToString("N") + ".json");
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var seed = SeedTree.Copy(25500);
        var settings = new RunSettings(new InputSettings([seed.Root], [], [], null, null, null), true, seed.PortBase, false, null, status) { InProcess = true };
        var run = Task.Run(() => ClusterRun.ExecuteAsync(settings, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token));
        try
        {
            var json = await WaitForStatus(status, run);
            var balancer = json.GetProperty("balancer").GetProperty("url").GetString()!;
            Assert.Equal("http://127.0.1.3:25580", balancer);
            var nodes = json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("http").GetString()!).ToArray();
            var shutdowns = json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("shutdown").GetString()!).ToArray();
            Assert.Equal(["http://127.0.1.1:25508", "http://127.0.1.2:25508"], nodes);
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { Timeout = Bound };

            // Without a cookie, byrequests alternates the nodes.
            var first = await Page(client, balancer + "/test/?format=json", null);
            var second = await Page(client, balancer + "/test/?format=json", null);
            Assert.NotEqual(first.GetProperty("node").GetString(), second.GetProperty("node").GetString());

            // With the cookie the request is sticky and the counter continues.
            var id = first.GetProperty("sessionId").GetString()!;
            var sticky = await Page(client, balancer + "/test/?format=json", id);
            Assert.Equal(first.GetProperty("node").GetString(), sticky.GetProperty("node").GetString());
            Assert.Equal(2, sticky.GetProperty("counter").GetInt32());

            // The same session read directly on the other node: replicated, renamed to its route.
            var owner = first.GetProperty("node").GetString()!;
            var otherIndex = owner == "tomcat1" ? 1 : 0;
            var other = nodes[otherIndex];
            await Task.Delay(200);
            var moved = await Page(client, other + "/test/?format=json", id);
            Assert.Equal(3, moved.GetProperty("counter").GetInt32());
            var renamed = moved.GetProperty("sessionId").GetString()!;
            Assert.NotEqual(id, renamed);

            // Stop the node that now owns it through its shutdown port; the balancer fails over to the first node.
            await Shutdown(shutdowns[otherIndex]);
            await Task.Delay(500);
            var survivor = await Page(client, balancer + "/test/?format=json", renamed);
            Assert.Equal(owner, survivor.GetProperty("node").GetString());
            Assert.Equal(4, survivor.GetProperty("counter").GetInt32());
            Assert.Contains("ready: point a browser at http://127.0.1.3:25580/test/", stdout.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("192.168.", string.Join('\n', json.ToString()), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await run.WaitAsync(Bound));
            File.Delete(status);
        }
    }

    private static async Task Shutdown(string endpoint)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPEndPoint.Parse(endpoint));
        await client.GetStream().WriteAsync("SHUTDOWN"u8.ToArray());
    }

    private static async Task<JsonElement> WaitForStatus(string path, Task<int> run)
    {
        for (var i = 0; i < 600; i++)
        {
            if (run.IsCompleted)
                throw new InvalidOperationException("run ended early with " + await run);
            if (File.Exists(path))
                return JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.Clone();
            await Task.Delay(50);
        }

        throw new TimeoutException("no status file");
    }

    private static async Task<JsonElement> Page(HttpClient client, string url, string? id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (id is not null)
            request.Headers.Add("Cookie", "JSESSIONID=" + id);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
