using System.Runtime.InteropServices;
using TomcatCompat.Balancer;
using TomcatCompat.Cli.Output;
using TomcatCompat.Config.Json;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// httpd's <c>kill -HUP</c> / <c>apachectl restart</c> for <c>run</c>: on SIGHUP the same config paths
/// are read again with the same options (<c>--local</c>, <c>--port-offset</c>, version, defines), the
/// diagnostics are printed, and the running balancer swaps to the new configuration, or keeps the old
/// one and says so when the new one has errors. Nodes are not reloaded (Tomcat has no such signal).
/// </summary>
internal sealed class BalancerReloader(RunSettings settings, BalancerHost balancer, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    : IDisposable
{
    private PosixSignalRegistration? _sighup;

    /// <summary>Starts listening for SIGHUP (not on Windows, which has no such signal).</summary>
    public BalancerReloader Register()
    {
        if (!OperatingSystem.IsWindows())
        {
            _sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        }

        return this;
    }

    /// <summary>Re-reads the configs and reloads the balancer; prints what happened. Never throws for bad configs.</summary>
    public async Task<BalancerReloadResult> ReloadAsync()
    {
        stdout.WriteLine("reload: re-reading " + string.Join(' ', settings.Input.Paths));
        var topology = RunTopology.Load(settings, TextWriter.Null);
        var result = await balancer.ReloadAsync(topology, ct).ConfigureAwait(false);
        DiagnosticTextFormatter.Write(stderr, TopologyRedactor.Redact(topology with { Diagnostics = result.Diagnostics }).Diagnostics);
        foreach (var notice in result.Notices)
        {
            (result.Applied ? stdout : stderr).WriteLine("reload: " + notice);
        }

        return result;
    }

    public void Dispose() => _sighup?.Dispose();

    private void OnSignal(PosixSignalContext context)
    {
        // The default action of SIGHUP ends the process; httpd restarts instead.
        context.Cancel = true;
        _ = Task.Run(async () =>
        {
            try
            {
                await ReloadAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or OperationCanceledException or ObjectDisposedException)
            {
                stderr.WriteLine($"reload: failed, the old configuration keeps serving: {e.Message}");
            }
        });
    }
}
