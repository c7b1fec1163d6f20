using System.Diagnostics;

namespace TomcatCompat.Testing;

/// <summary>Runs a short-lived program (apache2ctl -t, -S …) with a hard time limit and captures its output.</summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, int timeoutMs = 60_000)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
            psi.Environment[k] = v;

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeoutMs} ms");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
