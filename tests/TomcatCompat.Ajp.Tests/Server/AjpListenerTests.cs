using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TomcatCompat.Ajp.Protocol;
using TomcatCompat.Ajp.Server;

namespace TomcatCompat.Ajp.Tests.Server;

/// <summary>The AJP listener over loopback sockets (Tomcat AJP Connector behaviour, tomcat-cluster.md §16.3).</summary>
public sealed class AjpListenerTests
{
    private static readonly AjpForwardRequest Get = new()
    {
        Method = "GET",
        RequestUri = "/echo",
        RemoteAddr = "10.1.2.3",
        RemoteHost = "10.1.2.3",
        ServerName = "localhost",
        ServerPort = 80,
        Headers = [KeyValuePair.Create("host", (string?)"localhost")],
        Attributes = [new AjpAttribute(AjpAttributeCode.QueryString, "a=1"), new AjpAttribute(AjpAttributeCode.ReqAttribute, "4711", "AJP_REMOTE_PORT"), new AjpAttribute(AjpAttributeCode.JvmRoute, "node1")],
    };

    private static async Task Echo(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body, Encoding.Latin1).ReadToEndAsync();
        if (http.Request.Path == "/big")
        {
            await http.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('x', 100_000)));
            return;
        }

        if (http.Request.Path == "/ignore-body")
            return;
        http.Response.ContentType = "text/plain";
        http.Response.Headers.Append("X-Item", http.Items["X_ALLOWED"] as string ?? "-");
        await http.Response.WriteAsync(string.Join('|', http.Request.Method, http.Request.Path, http.Request.QueryString, http.Connection.RemoteIpAddress, http.Connection.RemotePort,
            http.Features.Get<IAjpRequestFeature>()!.JvmRoute, body.Length));
    }

    private static async Task<AjpListener> StartAsync(AjpServerOptions? options = null, RequestDelegate? app = null)
    {
        options ??= new AjpServerOptions { Endpoint = new IPEndPoint(IPAddress.Loopback, 0) };
        var listener = new AjpListener(options, app ?? Echo, new ServiceCollection().BuildServiceProvider());
        listener.Start();
        await Task.CompletedTask;
        return listener;
    }

    [Fact]
    public async Task ForwardRequest_maps_request_and_attributes_and_answers_with_numeric_reason_and_reuse()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(Get);
            var response = await client.ReadResponseAsync();
            Assert.Equal(200, response.Headers.Status);
            Assert.Equal("200", response.Headers.Reason);
            Assert.Equal("text/plain", response.Header("Content-Type"));
            Assert.Equal("GET|/echo|?a=1|10.1.2.3|4711|node1|0", response.Body);
            Assert.True(response.Reuse);
        }
    }

    [Fact]
    public async Task CPing_is_answered_with_CPong_on_the_same_connection()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Convert.FromHexString("123400010A"));
        var packet = await client.ReadAsync();
        Assert.Equal("09", Convert.ToHexString(packet.Payload.Span));
        await client.SendAsync(Get);
        Assert.Equal(200, (await client.ReadResponseAsync()).Headers.Status);
    }

    [Fact]
    public async Task Request_body_first_chunk_unasked_then_GET_BODY_CHUNK()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        var length = 20_000;
        var post = Get with { Method = "POST", Headers = [.. Get.Headers, KeyValuePair.Create("content-length", (string?)length.ToString(System.Globalization.CultureInfo.InvariantCulture))] };
        await client.SendAsync(post);
        var max = AjpConstants.MaxRequestBodyChunk(AjpConstants.DefaultPacketSize);
        await client.SendBodyAsync(new byte[max]);
        var rest = new Queue<byte[]>([new byte[max], new byte[length - 2 * max]]);
        var response = await client.ReadResponseAsync(rest);
        Assert.Equal("POST|/echo|?a=1|10.1.2.3|4711|node1|20000", response.Body);
        Assert.Empty(rest);
        Assert.True(response.Reuse);
    }

    [Fact]
    public async Task Unread_first_body_chunk_is_swallowed_and_the_connection_reused()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Get with { Method = "POST", RequestUri = "/ignore-body", Headers = [KeyValuePair.Create("content-length", (string?)"3")] });
        await client.SendBodyAsync("abc"u8);
        Assert.True((await client.ReadResponseAsync()).Reuse);
        await client.SendAsync(Get);
        Assert.Equal(200, (await client.ReadResponseAsync()).Headers.Status);
    }

    [Fact]
    public async Task Large_response_is_split_in_chunks_of_packetSize_minus_8()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Get with { RequestUri = "/big" });
        var response = await client.ReadResponseAsync();
        Assert.Equal(100_000, response.Body.Length);
        Assert.All(response.Chunks, c => Assert.True(c <= 8184));
        Assert.Equal(8184, response.Chunks.Max());
    }

    [Theory]
    [InlineData("s3cret", 200, true)]
    [InlineData("wrong", 403, false)]
    [InlineData(null, 403, false)]
    public async Task Connector_secret_is_checked_like_Tomcat(string? sent, int status, bool reuse)
    {
        await using var listener = await StartAsync(new AjpServerOptions { Endpoint = new IPEndPoint(IPAddress.Loopback, 0), Secret = "s3cret" });
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(sent is null ? Get : Get with { Attributes = [.. Get.Attributes, new AjpAttribute(AjpAttributeCode.Secret, sent)] });
        var response = await client.ReadResponseAsync();
        Assert.Equal(status, response.Headers.Status);
        Assert.Equal(reuse, response.Reuse);
        if (!reuse)
            Assert.True((await client.ReadAsync()).EndOfStream);
    }

    [Theory]
    [InlineData(null, 403, "-")]
    [InlineData("X_.*", 200, "yes")]
    [InlineData("X", 403, "-")]
    public async Task Connector_allowedRequestAttributesPattern_refuses_unknown_attributes(string? pattern, int status, string item)
    {
        var options = new AjpServerOptions { Endpoint = new IPEndPoint(IPAddress.Loopback, 0), AllowedRequestAttributesPattern = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant) };
        await using var listener = await StartAsync(options);
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Get with { Attributes = [.. Get.Attributes, new AjpAttribute(AjpAttributeCode.ReqAttribute, "yes", "X_ALLOWED")] });
        var response = await client.ReadResponseAsync();
        Assert.Equal(status, response.Headers.Status);
        Assert.Equal(status == 200 ? item : null, response.Header("X-Item"));
    }

    [Theory]
    [InlineData("474554202F20485454502F312E310D0A0D0A")] // an HTTP request on the AJP port
    [InlineData("1234FFFF")]                             // announces more than packetSize
    [InlineData("1234000105")]                           // END_RESPONSE sent to a container
    public async Task Bad_packet_closes_the_connection_and_the_listener_keeps_serving(string hex)
    {
        await using var listener = await StartAsync();
        await using (var bad = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!))
        {
            await bad.SendAsync(Convert.FromHexString(hex));
            Assert.False((await bad.ReadAsync()).IsPacket);
        }

        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Get);
        Assert.Equal(200, (await client.ReadResponseAsync()).Headers.Status);
    }

    [Fact]
    public async Task Malformed_forward_request_gets_400_and_close()
    {
        await using var listener = await StartAsync();
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Convert.FromHexString("123400020299"));
        var response = await client.ReadResponseAsync();
        Assert.Equal(400, response.Headers.Status);
        Assert.False(response.Reuse);
    }

    [Fact]
    public async Task Handler_exception_before_start_gives_500_and_keeps_the_connection()
    {
        await using var listener = await StartAsync(app: _ => throw new InvalidOperationException("boom"));
        await using var client = await AjpTestClient.ConnectAsync(listener.LocalEndpoint!);
        await client.SendAsync(Get);
        var response = await client.ReadResponseAsync();
        Assert.Equal(500, response.Headers.Status);
        Assert.True(response.Reuse);
    }
}
