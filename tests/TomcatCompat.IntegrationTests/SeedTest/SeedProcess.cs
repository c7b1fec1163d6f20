using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// A process a seed test started (tomcatcompat, catalina.sh run, apache2 -X): output captured for the
/// failure message, stopped by its own pid only (SIGTERM, bounded wait, then kill of its tree).
/// </summary>
internal sealed class SeedProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SeedProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static SeedProcess Start(IReadOnlyList<string> argv, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Supervised pieces watch their stdin; an open pipe keeps them from stopping early.
            RedirectStandardInput = true,
        };
        foreach (var arg in argv.Skip(1))
            psi.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            psi.Environment[key] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + argv[0]);
        var started = new SeedProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>kill -9 and wait until the kernel has reaped it.</summary>
    public void KillHard()
    {
        Signal(_process.Id, "KILL");
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM, up to <paramref name="graceMs"/> to exit, then kill the tree.</summary>
    public void Dispose() => Stop(30_000);

    public void Stop(int graceMs)
    {
        if (!_process.HasExited)
        {
            Signal(_process.Id, "TERM");
            if (!_process.WaitForExit(graceMs))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }

        _process.Dispose();
    }

    public static void Signal(int pid, string signal) =>
        TomcatCompat.Testing.ProcessRunner.Run("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            // Bounded: a chatty process must not fill the test's memory.
            if (_output.Length < 200_000)
                _output.AppendLine(line);
        }
    }
}
