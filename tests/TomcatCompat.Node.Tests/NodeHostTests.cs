using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using TomcatCompat.Node.Diagnostics;

namespace TomcatCompat.Node.Tests;

public sealed class NodeHostTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly NodeTree _tree = new();
    private readonly List<NodeHost> _hosts = [];

    [Fact]
    public async Task SessionTestPage_first_request_sets_Tomcat_cookie_and_counter_1()
    {
        var a = await Start(0);
        using var client = Client();

        var response = await client.GetAsync(Url(a, "/test/?format=json"));
        var view = await Json(response);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Matches("^JSESSIONID=[0-9A-F]{32}\\.tomcat1; Path=/test; HttpOnly$", cookie);
        Assert.Equal(1, view.GetProperty("counter").GetInt32());
        Assert.True(view.GetProperty("isNew").GetBoolean());
        Assert.Equal("tomcat1", view.GetProperty("node").GetString());
        Assert.Equal("tomcat1", view.GetProperty("createdOn").GetString());
        Assert.Equal(cookie[11..(cookie.IndexOf(';'))], view.GetProperty("sessionId").GetString());
    }

    [Fact]
    public async Task SessionTestPage_html_with_cookie_counts_and_sets_no_new_cookie()
    {
        var a = await Start(0);
        using var client = Client();
        var id = await NewSession(client, a);

        var response = await client.SendAsync(WithCookie(Url(a, "/test/index.jsp"), id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("text/html; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<tr><td>Counter</td><td>2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Session ID</td><td>" + id + "</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionTestPage_jsessionid_path_parameter_continues_the_session()
    {
        var a = await Start(0);
        using var client = Client();
        var id = await NewSession(client, a);

        var view = await Json(await client.GetAsync(Url(a, "/test/index.jsp;jsessionid=" + id + "?format=json")));

        Assert.Equal(id, view.GetProperty("sessionId").GetString());
        Assert.Equal(2, view.GetProperty("counter").GetInt32());
    }

    [Fact]
    public async Task Context_bare_path_redirects_to_the_directory_form()
    {
        var a = await Start(0);
        using var client = Client();

        var response = await client.GetAsync(Url(a, "/test?x=1"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/test/?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task NodeHost_unknown_context_answers_Tomcat_404()
    {
        var a = await Start(0);
        using var client = Client();

        var response = await client.GetAsync(Url(a, "/nope/x.txt"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The requested resource [&#47;nope&#47;x.txt] is not available", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JvmRouteBinderValve_session_from_A_is_read_on_B_with_counter_continuing_and_cookie_renamed()
    {
        var a = await Start(0);
        var b = await Start(1);
        using var client = Client();
        var id = await NewSession(client, a);
        await WaitForReplica(b, id);

        var response = await client.SendAsync(WithCookie(Url(b, "/test/?format=json"), id));
        var view = await Json(response);

        var renamed = id[..id.IndexOf('.')] + ".tomcat2";
        Assert.Equal("JSESSIONID=" + renamed + "; Path=/test; HttpOnly", Assert.Single(response.Headers.GetValues("Set-Cookie")));
        Assert.Equal(renamed, view.GetProperty("sessionId").GetString());
        Assert.Equal(2, view.GetProperty("counter").GetInt32());
        Assert.Equal("tomcat1", view.GetProperty("createdOn").GetString());
        Assert.Equal("tomcat2", view.GetProperty("node").GetString());
    }

    [Fact]
    public void NodeHost_Create_reports_the_test_page_and_no_errors()
    {
        var host = NodeHost.Create(_tree.Import().Nodes[0], _tree.Options);

        Assert.True(host.CanStart);
        Assert.Contains(host.Diagnostics, d => d.Code == NodeDiagnostics.SessionTestAppServed.Code && d.Span.Line > 0);
    }

    [Fact]
    public async Task Server_shutdown_word_on_the_shutdown_port_stops_the_node()
    {
        var spec = _tree.Import().Nodes[0] with { ShutdownPort = NodeTree.FreePort(), ShutdownAddress = "127.0.0.1", ShutdownCommand = "BYE" };
        var host = await NodeHost.StartAsync(spec, _tree.Options, CancellationToken.None);
        _hosts.Add(host);

        await Send(host.ShutdownEndpoint!, "WRONG\n");
        await Send(host.ShutdownEndpoint!, "BYE\n");

        await host.Stopped.WaitAsync(Bound);
        Assert.True(host.Stopped.IsCompletedSuccessfully);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.StopAsync(CancellationToken.None);
        _tree.Dispose();
    }

    private async Task<NodeHost> Start(int index)
    {
        var host = await NodeHost.StartAsync(_tree.Import().Nodes.Single(n => n.Name == "tomcat" + (index + 1)), _tree.Options, CancellationToken.None).WaitAsync(Bound);
        _hosts.Add(host);
        return host;
    }

    private static async Task WaitForReplica(NodeHost host, string id)
    {
        var manager = host.Contexts[0].Manager;
        for (var i = 0; i < 200 && (await manager.FindSessionAsync(id))?.GetAttribute("counter") is null; i++)
            await Task.Delay(25);
    }

    private static async Task Send(IPEndPoint endpoint, string text)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint);
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(text));
    }

    private static HttpClient Client() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = Bound };

    private static string Url(NodeHost host, string path) => host.Urls[0].TrimEnd('/') + path;

    private static HttpRequestMessage WithCookie(string url, string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", "JSESSIONID=" + id);
        return request;
    }

    private static async Task<string> NewSession(HttpClient client, NodeHost host)
    {
        var view = await Json(await client.GetAsync(Url(host, "/test/?format=json")));
        return view.GetProperty("sessionId").GetString()!;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
