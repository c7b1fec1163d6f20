using ClusterBench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.IntegrationTests;

/// <summary>
/// The library entry point: two in-test ASP.NET Core applications, each calling <c>AddTomcatCluster(server.xml, web.xml)</c>
/// and <c>UseTomcatSessions()</c>, share a cluster on loopback (tomcat-cluster.md §4–§5, §12, §15).
/// </summary>
public sealed class ClusterSessionsLibraryTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly string _dir = Directory.CreateTempSubdirectory("tc-sessions-").FullName;
    private readonly List<WebApplication> _apps = [];

    [Theory]
    [InlineData("delta")]
    [InlineData("backup")]
    public async Task AddTomcatCluster_session_set_on_one_app_is_read_on_the_other_and_renamed_to_its_jvmRoute(string manager)
    {
        int[] ports = [ClusterConf.FreePort(), ClusterConf.FreePort()];
        var a = await StartApp("node1", ports, 0, manager);
        var b = await StartApp("node2", ports, 1, manager);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { Timeout = Bound };

        var set = await client.GetAsync(a + "/set?v=basket");
        var cookie = set.Headers.GetValues("Set-Cookie").Single();
        var id = cookie.Split(';')[0];
        var read = new HttpRequestMessage(HttpMethod.Get, b + "/get");
        read.Headers.Add("Cookie", id);
        var got = await client.SendAsync(read);

        Assert.Equal("basket", await got.Content.ReadAsStringAsync());
        Assert.EndsWith(".node1", id, StringComparison.Ordinal);
        Assert.StartsWith("JSESSIONID=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        var renamed = got.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        Assert.Equal(id[..id.IndexOf('.', StringComparison.Ordinal)] + ".node2", renamed);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    private async Task<string> StartApp(string route, int[] ports, int index, string manager)
    {
        var conf = Path.Combine(_dir, route, "conf");
        Directory.CreateDirectory(conf);
        var serverXml = Path.Combine(conf, "server.xml");
        await File.WriteAllTextAsync(serverXml, ClusterConf.Xml(route, ports, index, manager, 6));
        var webXml = Path.Combine(_dir, route, "WEB-INF", "web.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(webXml)!);
        await File.WriteAllTextAsync(webXml, """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <distributable/>
              <session-config><session-timeout>30</session-timeout></session-config>
            </web-app>
            """);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddTomcatCluster(serverXml, webXml, o => o.ManagerName = "localhost#/app");
        var app = builder.Build();
        app.UseTomcatSessions();
        app.MapGet("/set", (HttpContext http) =>
        {
            http.Session.SetString("v", http.Request.Query["v"].ToString());
            return "ok";
        });
        app.MapGet("/get", (HttpContext http) => http.Session.GetString("v") ?? "(none)");
        await app.StartAsync().WaitAsync(Bound);
        _apps.Add(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }
}
