using System.Net;
using System.Net.Sockets;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>
/// The TCP side of <c>&lt;Receiver&gt;</c> (Tomcat: NioReceiver): binds the first free port of
/// <c>port … port+autoBind-1</c>, reads frames from each connection in order, acknowledges
/// use_ack frames (on receipt, or after processing for sync ack), and drops malformed, oversized
/// and non-member frames with a count. No peer input can crash it.
/// </summary>
internal sealed class TcpReceiver : IAsyncDisposable
{
    private readonly ReceiverOptions _options;
    private readonly IFrameHandler _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private TcpListener? _listener;
    private Task? _acceptLoop;

    public TcpReceiver(ReceiverOptions options, IFrameHandler handler)
    {
        _options = options;
        _handler = handler;
    }

    /// <summary>Sender id written into acknowledgements; known once membership has found the local member.</summary>
    public UniqueId LocalId { get; set; }

    public ReceiverStatistics Statistics { get; } = new();

    public IPEndPoint? LocalEndPoint => (IPEndPoint?)_listener?.LocalEndpoint;

    /// <summary>Binds and starts accepting; throws <see cref="IOException"/> when no port of the range is free (Tomcat: cluster start fails).</summary>
    public void Start()
    {
        var tries = Math.Max(1, _options.AutoBind);
        SocketException? last = null;
        for (var i = 0; i < tries; i++)
        {
            var port = _options.Port == 0 ? 0 : _options.Port + i;
            if (port > IPEndPoint.MaxPort)
                break;
            var listener = new TcpListener(_options.Address, port);
            try
            {
                listener.Start();
                _listener = listener;
                _acceptLoop = AcceptLoopAsync(listener);
                return;
            }
            catch (SocketException e)
            {
                listener.Dispose();
                last = e;
            }
        }

        throw new IOException(
            $"the receiver could not bind {_options.Address}:{_options.Port} (autoBind {tries} ports): {last?.SocketErrorCode}", last);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener?.Stop();
        if (_acceptLoop is not null)
            await _acceptLoop.ConfigureAwait(false);
        Task[] open;
        lock (_connections)
            open = [.. _connections];
        await Task.WhenAll(open).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                if (_stop.IsCancellationRequested)
                    return;
                continue;
            }

            Statistics.CountConnection();
            client.NoDelay = _options.TcpNoDelay;
            var task = ServeAsync(client);
            lock (_connections)
            {
                _connections.RemoveAll(t => t.IsCompleted);
                _connections.Add(task);
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await Task.Yield();
        using var _ = client;
        var stream = client.GetStream();
        var header = new byte[FrameHeader.Size];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var read = await FrameStream.ReadAsync(stream, header, _options.MaxBodySize, _options.Timeout, _stop.Token, Admit).ConfigureAwait(false);
                if (read is not { } result)
                    return;
                if (result.Frame is not { } frame)
                {
                    Statistics.CountRejected(result.Error);
                    if (FrameStream.IsFatal(result.Error))
                        return;
                    continue;
                }

                await ProcessAsync(stream, frame).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away or we are stopping: the connection simply ends.
        }
    }

    private async ValueTask ProcessAsync(NetworkStream stream, TribesFrame frame)
    {
        var wantsAck = (frame.Options & SendOptions.UseAck) != 0 && frame.Type is FrameType.Data or FrameType.Ping;
        if (frame.Type == FrameType.Ack || !_handler.Accept(frame.Type, frame.Sender))
        {
            Statistics.CountNonMember();
            if (wantsAck)
                await WriteAckAsync(stream, frame.MessageId, false).ConfigureAwait(false);
            return;
        }

        Statistics.CountAccepted();
        var afterProcessing = (frame.Options & SendOptions.SynchronizedAck) != 0;
        if (wantsAck && !afterProcessing)
            await WriteAckAsync(stream, frame.MessageId, true).ConfigureAwait(false);
        bool ok;
        try
        {
            ok = await _handler.HandleAsync(frame, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failing listener must not take the connection down; the sender gets a negative ack.
            ok = false;
        }

        if (wantsAck && afterProcessing)
            await WriteAckAsync(stream, frame.MessageId, ok).ConfigureAwait(false);
    }

    private bool Admit(FrameHeader header) => header.Type != FrameType.Ack && _handler.Accept(header.Type, header.Sender);

    private ValueTask WriteAckAsync(NetworkStream stream, long messageId, bool success) =>
        stream.WriteAsync(FrameCodec.Encode(new AckFrame(LocalId, messageId, success)), _stop.Token);
}
