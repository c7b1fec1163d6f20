using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TomcatCompat.Ajp.Server;

/// <summary>
/// Serves one AJP/1.3 connector: a dedicated TCP listener whose connections turn each
/// FORWARD_REQUEST into an <see cref="HttpContext"/> run by the node's <see cref="RequestDelegate"/>
/// (docs/architecture.md, "AJP connector").
/// </summary>
public sealed class AjpListener : IAsyncDisposable
{
    private readonly AjpListenerContext _context;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Socket, Task> _connections = new();
    private Socket? _socket;
    private Task? _acceptLoop;

    public AjpListener(AjpServerOptions options, RequestDelegate application, IServiceProvider services, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(services);
        _context = new AjpListenerContext(options with { PacketSize = Protocol.AjpConstants.NormalizePacketSize(options.PacketSize) }, application, services, logger ?? NullLogger.Instance);
    }

    /// <summary>The bound endpoint (the real port when the options asked for port 0).</summary>
    public IPEndPoint? LocalEndpoint => _socket?.LocalEndPoint as IPEndPoint;

    /// <summary>Binds and starts accepting; throws <see cref="SocketException"/> when the port is taken.</summary>
    public void Start()
    {
        var endpoint = _context.Options.Endpoint;
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endpoint.Address.Equals(IPAddress.IPv6Any))
                socket.DualMode = true;
            socket.Bind(endpoint);
            socket.Listen(100);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        Log.Listening(_context.Logger, _context.Options.Name, LocalEndpoint!.ToString());
        _acceptLoop = AcceptLoopAsync(socket);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        _socket?.Dispose();
        if (_acceptLoop is not null)
            await _acceptLoop.ConfigureAwait(false);
        foreach (var socket in _connections.Keys)
            socket.Dispose();
        await Task.WhenAll(_connections.Values).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listening)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listening.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stopping.IsCancellationRequested)
                    return;
                continue;
            }

            client.NoDelay = true;
            _connections[client] = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        try
        {
            await using var stream = new NetworkStream(client, ownsSocket: true);
            var connection = new AjpConnection(
                _context,
                PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: _context.Options.PacketSize, leaveOpen: true)),
                PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true)),
                client.RemoteEndPoint as IPEndPoint,
                client.LocalEndPoint as IPEndPoint);
            await connection.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or OperationCanceledException)
        {
            // A connection that ends badly ends only itself.
        }
        finally
        {
            _connections.TryRemove(client, out _);
            client.Dispose();
        }
    }
}
