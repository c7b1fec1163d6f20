using System.Diagnostics;
using System.Net.Sockets;

namespace TomcatCompat.SessionStores.Tests.Integration;

/// <summary>
/// One <c>tomcatcompat run --only node NAME</c> process (or, with <c>only: false</c>, the whole
/// <c>run ROOT</c> supervisor and its children); <see cref="Kill"/> is kill -9 of its tree, by PID.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    public NodeProcess(string root, string name, int httpPort, bool only = true)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tomcatcompat.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in only ? new[] { dll, "run", "--only", "node", name, root } : [dll, "run", root])
            info.ArgumentList.Add(a);
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", httpPort);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Kill();
        throw new InvalidOperationException($"node {name} did not listen on {httpPort}: {Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
