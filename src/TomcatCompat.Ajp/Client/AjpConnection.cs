using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// One pooled TCP connection to an AJP connector: the socket, a packet reader over it and the
/// timer that bounds each read (httpd <c>timeout</c>). Not thread-safe: one exchange at a time.
/// </summary>
internal sealed class AjpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PipeReader _input;
    private readonly AjpPacketReader _reader;
    private readonly ArrayBufferWriter<byte> _output;
    private CancellationTokenSource _timer = new();

    private AjpConnection(Socket socket, int packetSize, long now)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _input = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: Math.Max(4096, packetSize), leaveOpen: true));
        _reader = new AjpPacketReader(_input, AjpDirection.ToServer, packetSize);
        _output = new ArrayBufferWriter<byte>(packetSize);
        LastUsed = now;
    }

    /// <summary>TimeProvider timestamp of the last return to the pool (ttl).</summary>
    public long LastUsed { get; set; }

    /// <summary>Buffer for the next packets to send; <see cref="FlushAsync"/> writes and clears it.</summary>
    public ArrayBufferWriter<byte> Output => _output;

    public static async ValueTask<AjpConnection> ConnectAsync(string host, int port, AjpClientOptions options, long now, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (options.KeepAlive)
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            return new AjpConnection(socket, options.PacketSize, now);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            socket.Dispose();
            throw new AjpBackendException(AjpFailure.Unavailable, $"attempt to connect to {host}:{port} failed (connect timeout)", e);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new AjpBackendException(AjpFailure.Unavailable, $"attempt to connect to {host}:{port} failed ({e.SocketErrorCode})", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// httpd's PROXY_CHECK_CONN_EMPTY before reuse: an idle connection that is readable has either
    /// been closed by the backend or holds bytes nobody asked for; either way it cannot carry a request.
    /// </summary>
    public bool IsStale()
    {
        try
        {
            return !_socket.Connected || _socket.Poll(0, SelectMode.SelectRead) || _socket.Available > 0;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    /// <summary>httpd <c>ping=</c>: CPING, then CPONG within <paramref name="timeout"/>; false on anything else.</summary>
    public async ValueTask<bool> PingAsync(TimeSpan timeout, CancellationToken ct)
    {
        AjpControlMessages.TryEncodeSingle(AjpMessageType.CPing, _output.GetSpan(AjpControlMessages.MaxLength), out var written);
        _output.Advance(written);
        try
        {
            await FlushAsync(ct).ConfigureAwait(false);
            var packet = await ReadAsync(timeout, ct).ConfigureAwait(false);
            return packet.IsPacket && AjpControlMessages.IsSingle(packet.Payload.Span, AjpMessageType.CPong);
        }
        catch (Exception e) when (e is IOException or TimeoutException or SocketException)
        {
            return false;
        }
    }

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        await _stream.WriteAsync(_output.WrittenMemory, ct).ConfigureAwait(false);
        _output.ResetWrittenCount();
    }

    /// <summary>
    /// Reads one packet within <paramref name="timeout"/>. A timeout surfaces as
    /// <see cref="TimeoutException"/>; the payload stays valid until the next read.
    /// </summary>
    public async ValueTask<AjpPacket> ReadAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!_timer.TryReset())
        {
            _timer.Dispose();
            _timer = new CancellationTokenSource();
        }

        _timer.CancelAfter(timeout);
        using var link = ct.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), _timer);
        try
        {
            return await _reader.ReadAsync(_timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException("no AJP packet within " + timeout.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms", e);
        }
        finally
        {
            _timer.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _input.Complete();
        _reader.Dispose();
        _timer.Dispose();
    }
}
