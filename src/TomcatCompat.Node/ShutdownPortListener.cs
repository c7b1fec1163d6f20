using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TomcatCompat.Node;

/// <summary>
/// Tomcat's <c>&lt;Server port shutdown&gt;</c> listener (StandardServer.await): a TCP connection that
/// sends the shutdown word stops the node gracefully. Like Tomcat it reads at most 1024 characters
/// (or the word's length if longer), stops at the first control character, waits at most 10 s per
/// connection, and ignores any other text.
/// </summary>
internal sealed class ShutdownPortListener : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly TcpListener _listener;
    private readonly string _command;
    private readonly Func<Task> _onShutdown;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public ShutdownPortListener(IPAddress address, int port, string command, Func<Task> onShutdown)
    {
        _listener = new TcpListener(address, port);
        _command = command;
        _onShutdown = onShutdown;
    }

    public IPEndPoint LocalEndpoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Invalid commands received (Tomcat logs "Invalid shutdown command [...] received").</summary>
    public int InvalidCommands { get; private set; }

    public void Start()
    {
        _listener.Start();
        _loop = AcceptLoopAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            string received;
            using (client)
                received = await ReadCommandAsync(client, ct).ConfigureAwait(false);
            if (string.Equals(received, _command, StringComparison.Ordinal))
            {
                // Not awaited here: stopping the node disposes this listener, which waits for this loop.
                _ = Task.Run(_onShutdown, CancellationToken.None);
                return;
            }

            InvalidCommands++;
        }
    }

    private async Task<string> ReadCommandAsync(TcpClient client, CancellationToken ct)
    {
        var limit = Math.Max(1024, _command.Length);
        var text = new StringBuilder(Math.Min(limit, 64));
        var buffer = new byte[256];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadTimeout);
        try
        {
            var stream = client.GetStream();
            while (text.Length < limit)
            {
                var n = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (n == 0)
                    break;
                for (var i = 0; i < n && text.Length < limit; i++)
                {
                    var b = buffer[i];
                    if (b < 32 || b == 127)
                        return text.ToString();
                    text.Append((char)b);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
        }

        return text.ToString();
    }
}
