using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Balancer.Tests.Forwarding;

/// <summary>
/// A Kestrel backend on 127.0.0.1:0: <c>/app/redirect</c> answers 302 with an absolute Location on
/// itself, a Set-Cookie with Path=/app and a hop-by-hop header named in Connection; every other path
/// answers "node=NAME" followed by the request headers it received, one "Name: value" per line.
/// </summary>
internal sealed class HeaderEchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HeaderEchoBackend(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<HeaderEchoBackend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var port = 0;
        app.Run(ctx =>
        {
            if (ctx.Request.Path == "/app/redirect")
            {
                ctx.Response.StatusCode = 302;
                ctx.Response.Headers.Location = $"http://127.0.0.1:{port}/app/target";
                ctx.Response.Headers.SetCookie = "JSESSIONID=abc." + name + "; Path=/app; HttpOnly";
                ctx.Response.Headers["X-Secret-Hop"] = "1";
                ctx.Response.Headers.Connection = "X-Secret-Hop";
                return Task.CompletedTask;
            }

            var lines = ctx.Request.Headers.Select(h => h.Key + ": " + h.Value.ToString()).Order(StringComparer.Ordinal);
            return ctx.Response.WriteAsync("node=" + name + "\n" + string.Join('\n', lines));
        });
        await app.StartAsync();
        port = new Uri(app.Urls.First()).Port;
        return new HeaderEchoBackend(app, port);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
