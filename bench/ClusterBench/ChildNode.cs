using System.Diagnostics;
using System.Globalization;

namespace ClusterBench;

/// <summary>
/// A <see cref="NodeProcess"/> started as a child (optionally inside a network namespace), spoken to line by line.
/// Disposing kills the child's process tree; only processes started here are ever killed.
/// </summary>
public sealed class ChildNode : IDisposable
{
    private readonly Process _process;

    private ChildNode(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet ClusterBench.dll node CONF</c> (with <paramref name="prefix"/>, e.g. <c>ip netns exec NS</c>) and waits for "ready".</summary>
    public static async Task<ChildNode> StartAsync(string serverXml, TimeSpan timeout, params string[] prefix)
    {
        var dll = typeof(ChildNode).Assembly.Location;
        var info = new ProcessStartInfo(prefix.Length > 0 ? prefix[0] : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in prefix.Skip(1).Concat(prefix.Length > 0 ? ["dotnet"] : []).Concat([dll, "node", serverXml]))
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + info.FileName);
        var node = new ChildNode(process);
        var ready = await node.ReadLineAsync(timeout);
        if (ready != "ready")
        {
            var err = process.HasExited ? await process.StandardError.ReadToEndAsync() : "";
            node.Dispose();
            throw new InvalidOperationException($"node for {serverXml} did not start: {ready} {err}");
        }

        return node;
    }

    /// <summary>Sends one command and returns its one-line answer, within <paramref name="timeout"/>.</summary>
    public async Task<string> AskAsync(string command, TimeSpan timeout)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadLineAsync(timeout) ?? throw new InvalidOperationException($"node {Pid} ended while answering '{command}'");
    }

    /// <summary>CPU time used so far (utime + stime from /proc/PID/stat), in milliseconds.</summary>
    public double CpuMilliseconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid.ToString(CultureInfo.InvariantCulture)}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100;
    }

    /// <summary>SIGKILL, as a crash (kill -9).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task<string?> ReadLineAsync(TimeSpan timeout) =>
        await _process.StandardOutput.ReadLineAsync().WaitAsync(timeout);
}
