using System.IO.Pipelines;
using System.Net;
using System.Text;
using TomcatCompat.Ajp.Client;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Balancer.Tests.Forwarding.Ajp;

/// <summary>The AJP client against the scripted container (httpd-proxy.md §2.5, §3.6; mod_proxy_ajp).</summary>
public sealed class AjpHttpMessageHandlerTests
{
    private static HttpMessageInvoker Client(AjpClientOptions options) =>
        new(new AjpHttpMessageHandler((_, _) => options), disposeHandler: true);

    private static HttpRequestMessage Get(FakeAjpServer server, string pathAndQuery, AjpRequestInfo? info = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"ajp://127.0.0.1:{server.Port}{pathAndQuery}");
        if (info is not null)
            request.Options.Set(AjpRequestInfo.Key, info);
        return request;
    }

    [Fact]
    public async Task ForwardRequest_carries_headers_as_received_secret_route_query_and_AJP_REMOTE_PORT()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions { Secret = "anchor-secret" });
        using var request = Get(server, "/test/index.jsp?a=1&b=2", new AjpRequestInfo
        {
            RemoteAddr = "127.0.0.9", RemotePort = 40123, ServerName = "shop.example.com", ServerPort = 8080, Route = "tomcat1", Host = "shop.example.com:8080",
        });
        request.Headers.Add("Cookie", "JSESSIONID=ABC.tomcat1");
        request.Headers.Add("X-Custom", "v");

        using var response = await client.SendAsync(request, CancellationToken.None);
        Assert.Equal("node=tomcat1 path=/test/index.jsp?a=1&b=2 body=0", await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(server.Requests);
        Assert.Equal(("GET", "HTTP/1.1", "/test/index.jsp", "127.0.0.9", (string?)null, "shop.example.com", 8080, false),
            (sent.Method, sent.Protocol, sent.RequestUri, sent.RemoteAddr, sent.RemoteHost, sent.ServerName, sent.ServerPort, sent.IsSsl));
        Assert.Equal("shop.example.com:8080", sent.Header("Host"));
        Assert.Equal("JSESSIONID=ABC.tomcat1", sent.Header("Cookie"));
        Assert.Equal("v", sent.Header("X-Custom"));
        Assert.Equal("a=1&b=2", sent.Attribute(AjpAttributeCode.QueryString));
        Assert.Equal("anchor-secret", sent.Attribute(AjpAttributeCode.Secret));
        Assert.Equal("tomcat1", sent.Attribute(AjpAttributeCode.JvmRoute));
        Assert.Equal("40123", sent.RequestAttribute("AJP_REMOTE_PORT"));
    }

    [Fact]
    public async Task SEND_HEADERS_status_message_is_the_reason_phrase_and_Content_Length_is_dropped_for_rechunking()
    {
        // real-cluster README §1: "HTTP/1.1 200 200" and Transfer-Encoding: chunked through httpd.
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions());
        using var response = await client.SendAsync(Get(server, "/test/static.txt"), CancellationToken.None);

        Assert.Equal((HttpStatusCode.OK, "200"), (response.StatusCode, response.ReasonPhrase));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.False(response.Content.Headers.Contains("Content-Length"));
    }

    [Fact]
    public async Task Request_body_first_chunk_goes_unasked_and_the_rest_on_GET_BODY_CHUNK()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions());
        var body = Enumerable.Range(0, 20_000).Select(i => (byte)(i % 251)).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"ajp://127.0.0.1:{server.Port}/test/upload") { Content = new ByteArrayContent(body) };

        using var response = await client.SendAsync(request, CancellationToken.None);
        Assert.Equal("node=tomcat1 path=/test/upload body=20000", await response.Content.ReadAsStringAsync());
        Assert.Equal(body, Assert.Single(server.Bodies));
        Assert.Equal("20000", Assert.Single(server.Requests).Header("Content-Length"));
    }

    [Fact]
    public async Task Chunked_request_body_is_sent_only_on_GET_BODY_CHUNK_and_ends_with_the_empty_packet()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions());
        // A body of unknown length, as a client's chunked upload reaches the handler.
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes("hello chunked"));
        await pipe.Writer.CompleteAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"ajp://127.0.0.1:{server.Port}/test/upload")
        {
            Content = new StreamContent(pipe.Reader.AsStream()),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, CancellationToken.None);
        Assert.Equal("node=tomcat1 path=/test/upload body=13", await response.Content.ReadAsStringAsync());
        Assert.Equal("hello chunked", Encoding.ASCII.GetString(Assert.Single(server.Bodies)));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    public async Task END_RESPONSE_reuse_flag_decides_whether_the_pooled_connection_is_reused(bool reuse, int connections)
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        server.Reuse = reuse;
        using var client = Client(new AjpClientOptions());
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(Get(server, "/test/static.txt"), CancellationToken.None);
            Assert.StartsWith("node=tomcat1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(connections, server.Connections);
    }

    [Fact]
    public async Task Disablereuse_On_opens_a_connection_per_request()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions { Reuse = false });
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.SendAsync(Get(server, "/"), CancellationToken.None);
            await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task Ping_without_CPONG_closes_retries_once_on_a_new_connection_then_fails_Unavailable()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        server.AnswerCPing = false;
        using var client = Client(new AjpClientOptions { Ping = TimeSpan.FromMilliseconds(100) });

        var e = await Assert.ThrowsAsync<AjpBackendException>(() => client.SendAsync(Get(server, "/"), CancellationToken.None));
        Assert.Equal(AjpFailure.Unavailable, e.Failure);
        Assert.Contains("cping/cpong failed", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Connections);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Ping_with_CPONG_then_forwards_on_the_same_connection()
    {
        await using var server = FakeAjpServer.Start("tomcat1");
        using var client = Client(new AjpClientOptions { Ping = TimeSpan.FromSeconds(5) });
        using var response = await client.SendAsync(Get(server, "/a"), CancellationToken.None);
        Assert.Equal("node=tomcat1 path=/a body=0", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, server.Connections);
    }

    [Theory]
    [InlineData(true, "GET", AjpFailure.GatewayTimeout)]
    [InlineData(false, "GET", AjpFailure.Unavailable)]
    [InlineData(false, "POST", AjpFailure.Internal)]
    public async Task Read_timeout_before_SEND_HEADERS_maps_like_mod_proxy_ajp(bool ping, string method, AjpFailure expected)
    {
        await using var server = FakeAjpServer.Start("slow", _ => Task.Delay(TimeSpan.FromSeconds(30)));
        using var client = Client(new AjpClientOptions { ReadTimeout = TimeSpan.FromMilliseconds(200), Ping = ping ? TimeSpan.FromSeconds(5) : null });
        using var request = new HttpRequestMessage(new HttpMethod(method), $"ajp://127.0.0.1:{server.Port}/slow");

        var e = await Assert.ThrowsAsync<AjpBackendException>(() => client.SendAsync(request, CancellationToken.None));
        Assert.Equal(expected, e.Failure);
    }

    [Fact]
    public async Task Connection_refused_is_Unavailable()
    {
        var server = FakeAjpServer.Start("gone");
        var port = server.Port;
        await server.DisposeAsync();
        using var client = Client(new AjpClientOptions());

        var e = await Assert.ThrowsAsync<AjpBackendException>(() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"ajp://127.0.0.1:{port}/"), CancellationToken.None));
        Assert.Equal(AjpFailure.Unavailable, e.Failure);
    }

    [Fact]
    public async Task Backend_closing_after_the_headers_breaks_the_body_and_the_connection_is_not_reused()
    {
        await using var server = FakeAjpServer.Start("half", async x =>
        {
            await x.SendHeadersAsync(200, "200", ("Content-Type", "text/plain"));
            await x.SendBodyAsync("par"u8.ToArray());
            x.Close();
        });
        using var client = Client(new AjpClientOptions());
        using var response = await client.SendAsync(Get(server, "/"), CancellationToken.None);

        await using var body = await response.Content.ReadAsStreamAsync();
        var e = await Assert.ThrowsAsync<AjpBackendException>(() => body.CopyToAsync(Stream.Null));
        Assert.Equal(AjpFailure.Broken, e.Failure);
    }

    [Fact]
    public async Task Max_with_acquire_answers_Unavailable_when_every_connection_is_busy()
    {
        var release = new TaskCompletionSource();
        await using var server = FakeAjpServer.Start("busy", async x =>
        {
            await release.Task;
            await x.SendHeadersAsync(200, "200");
            await x.EndAsync(true);
        });
        using var client = Client(new AjpClientOptions { Max = 1, Acquire = TimeSpan.FromMilliseconds(100) });
        var first = client.SendAsync(Get(server, "/"), CancellationToken.None);

        var e = await Assert.ThrowsAsync<AjpBackendException>(() => client.SendAsync(Get(server, "/"), CancellationToken.None));
        Assert.Equal(AjpFailure.Unavailable, e.Failure);
        release.SetResult();
        using var response = await first;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
