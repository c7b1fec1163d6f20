using System.Diagnostics;
using System.Net.Sockets;
using TomcatCompat.Testing;

namespace TomcatCompat.SessionStores.Tests;

/// <summary>
/// A redis-server or memcached started by a test on a fixed loopback port of this project's range
/// (23000–23999), stopped by its PID only. <see cref="Restart"/> kills and starts it again empty.
/// </summary>
public sealed class StoreServer : IDisposable
{
    private readonly string _program;
    private readonly Func<int, string[]> _args;
    private Process? _process;

    private StoreServer(string program, int port, Func<int, string[]> args)
    {
        _program = program;
        _args = args;
        Port = port;
        Start();
    }

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static StoreServer Redis(int port, params string[] extra) =>
        new(RealPrograms.Require("redis-server", "/usr/bin/redis-server"), port,
            p => ["--port", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", .. extra]);

    public static StoreServer Memcached(int port) =>
        new(RealPrograms.Require("memcached", "/usr/bin/memcached"), port,
            p => ["-u", "nobody", "-l", "127.0.0.1", "-p", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "0"]);

    public void Kill()
    {
        if (_process is null)
            return;
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _process = null;
    }

    public void Restart()
    {
        Kill();
        Start();
    }

    public void Dispose() => Kill();

    private void Start()
    {
        var info = new ProcessStartInfo(_program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in _args(Port))
            info.ArgumentList.Add(a);
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        Kill();
        throw new InvalidOperationException($"{_program} did not listen on port {Port} within 10 s");
    }
}
