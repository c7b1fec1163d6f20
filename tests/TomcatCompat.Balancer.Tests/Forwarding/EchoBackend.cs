using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Balancer.Tests.Forwarding;

/// <summary>A tiny Kestrel backend on 127.0.0.1:0 that answers "node=NAME path=PATH".</summary>
internal sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoBackend(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<EchoBackend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(ctx => ctx.Response.WriteAsync($"node={name} path={ctx.Request.Path}{ctx.Request.QueryString}"));
        await app.StartAsync();
        return new EchoBackend(app, new Uri(app.Urls.First()).Port);
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
