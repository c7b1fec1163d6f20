using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// A loopback Kestrel backend on a fixed port, so it can be stopped and started again on the same port
/// for each side of a differential run. It answers "node=NAME" and the request headers, one per line;
/// <c>/app/redirect</c> answers 302 with an absolute Location on itself; a <c>quiet</c> query parameter leaves the headers out.
/// </summary>
internal sealed class BalancerEchoBackend : IAsyncDisposable
{
    private WebApplication? _app;

    public BalancerEchoBackend(string name, int port)
    {
        Name = name;
        Port = port;
    }

    public string Name { get; }

    public int Port { get; }

    public bool Running => _app is not null;

    public async Task StartAsync()
    {
        if (_app is not null)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.Run(ctx =>
        {
            if (ctx.Request.Path == "/app/redirect")
            {
                ctx.Response.StatusCode = 302;
                ctx.Response.Headers.Location = $"http://127.0.0.1:{Port}/app/target";
                ctx.Response.Headers.SetCookie = $"JSESSIONID=s.{Name}; Path=/app";
                return Task.CompletedTask;
            }

            if (ctx.Request.Query.ContainsKey("quiet"))
            {
                return ctx.Response.WriteAsync($"node={Name}\n");
            }

            var lines = ctx.Request.Headers.Select(h => h.Key + ": " + h.Value.ToString()).Order(StringComparer.Ordinal);
            return ctx.Response.WriteAsync($"node={Name}\npath={ctx.Request.Path}{ctx.Request.QueryString}\n" + string.Join('\n', lines));
        });
        // The port was free when chosen, but while it was released between the two sides another
        // process's outgoing connection may hold it briefly as its local port: retry, bounded.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await app.StartAsync();
                break;
            }
            catch (IOException) when (attempt < 40)
            {
                await Task.Delay(250);
            }
        }

        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(cts.Token);
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
