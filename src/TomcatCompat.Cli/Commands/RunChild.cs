using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// One piece of a supervised <c>run</c> as a child process: its output forwarded line by line with a
/// <c>[label]</c> prefix, readiness seen through its own status file, a graceful stop by SIGTERM (and
/// by closing its standard input, which it watches), then a kill after a bound.
/// </summary>
internal sealed class RunChild : IDisposable
{
    private const int SigHup = 1;
    private const int SigTerm = 15;
    private readonly Process _process;

    private RunChild(string label, IReadOnlyList<string> restart, string statusFile, Process process)
    {
        Label = label;
        Restart = restart;
        StatusFile = statusFile;
        _process = process;
        Exited = process.WaitForExitAsync();
    }

    /// <summary>"node tomcat1" or "balancer".</summary>
    public string Label { get; }

    /// <summary>The argv that starts this piece again (without the supervisor's private options).</summary>
    public IReadOnlyList<string> Restart { get; }

    public string StatusFile { get; }

    public int Pid => _process.Id;

    public Task Exited { get; }

    public int ExitCode => _process.HasExited ? _process.ExitCode : -1;

    public static RunChild Start(string label, IReadOnlyList<string> restart, string statusFile, TextWriter stdout, TextWriter stderr)
    {
        var psi = new ProcessStartInfo(restart[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in restart.Skip(1).Concat(["--supervised", "--status-file", statusFile]))
            psi.ArgumentList.Add(arg);
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var prefix = "[" + label + "] ";
        process.OutputDataReceived += (_, e) => Forward(stdout, prefix, e.Data);
        process.ErrorDataReceived += (_, e) => Forward(stderr, prefix, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunChild(label, restart, statusFile, process);
    }

    /// <summary>The child's status JSON once it has written it; null when it exited first or the bound passed.</summary>
    public async Task<JsonObject?> WaitReadyAsync(TimeSpan bound, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline && !ct.IsCancellationRequested)
        {
            if (File.Exists(StatusFile))
                return JsonNode.Parse(await File.ReadAllTextAsync(StatusFile, ct).ConfigureAwait(false)) as JsonObject;
            if (Exited.IsCompleted)
                return null;
            await Task.WhenAny(Exited, Task.Delay(50, ct)).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Passes a SIGHUP on (the balancer re-reads its configs); false when it could not be sent.</summary>
    public bool Reload() => !OperatingSystem.IsWindows() && !Exited.IsCompleted && Kill(_process.Id, SigHup) == 0;

    /// <summary>SIGTERM, wait up to <paramref name="bound"/>, then kill the process tree.</summary>
    public async Task StopAsync(TimeSpan bound)
    {
        if (Exited.IsCompleted)
            return;
        try
        {
            if (OperatingSystem.IsWindows() || Kill(_process.Id, SigTerm) != 0)
                _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Already gone.
        }

        if (await Task.WhenAny(Exited, Task.Delay(bound)).ConfigureAwait(false) != Exited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited in between.
            }

            await Exited.ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _process.Dispose();
        try
        {
            File.Delete(StatusFile);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }

    private static void Forward(TextWriter writer, string prefix, string? line)
    {
        if (line is null)
            return;
        lock (writer)
            writer.WriteLine(prefix + line);
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for the whole CLI project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
