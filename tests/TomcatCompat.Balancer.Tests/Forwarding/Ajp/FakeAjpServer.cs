using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Balancer.Tests.Forwarding.Ajp;

/// <summary>
/// A scripted AJP/1.3 container on 127.0.0.1:0 built on the codec's server-side decoders: answers CPING
/// (unless told not to), records every FORWARD_REQUEST, reads the request body as Tomcat does (first
/// chunk unasked when Content-Length is set, then GET_BODY_CHUNK) and answers like Tomcat over AJP:
/// the status number as the reason, Content-Length, one body chunk, END_RESPONSE.
/// </summary>
internal sealed class FakeAjpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly Task _accept;
    private int _connections;

    private FakeAjpServer(string name, Func<FakeAjpExchange, Task>? handler)
    {
        Name = name;
        Handler = handler;
        _listener.Start();
        _accept = AcceptAsync();
    }

    public string Name { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    public ConcurrentQueue<AjpForwardRequest> Requests { get; } = new();

    public ConcurrentQueue<byte[]> Bodies { get; } = new();

    /// <summary>Per-request behaviour; null = the default echo answer.</summary>
    public Func<FakeAjpExchange, Task>? Handler { get; set; }

    public bool AnswerCPing { get; set; } = true;

    public bool Reuse { get; set; } = true;

    public static FakeAjpServer Start(string name, Func<FakeAjpExchange, Task>? handler = null) => new(name, handler);

    /// <summary>Stops accepting and closes every connection, like a killed Tomcat.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var client in _clients)
            client.Dispose();
        try
        {
            await _accept;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            using var reader = new AjpPacketReader(PipeReader.Create(stream), AjpDirection.ToContainer, AjpConstants.DefaultPacketSize);
            while (true)
            {
                var packet = await reader.ReadAsync(_stop.Token);
                if (!packet.IsPacket)
                    return;
                if (AjpControlMessages.IsSingle(packet.Payload.Span, AjpMessageType.CPing))
                {
                    if (AnswerCPing)
                        await FakeAjpExchange.WriteAsync(stream, (span) => (AjpControlMessages.TryEncodeSingle(AjpMessageType.CPong, span.Span, out var n), n).n);
                    continue;
                }

                if (AjpForwardRequest.TryDecode(packet.Payload.Span, out var request) != AjpDecodeError.None)
                    return;
                Requests.Enqueue(request!);
                var exchange = new FakeAjpExchange(this, stream, reader, request!);
                await (Handler ?? DefaultAsync)(exchange);
                if (exchange.Closed)
                    return;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    private async Task DefaultAsync(FakeAjpExchange exchange)
    {
        var body = await exchange.ReadBodyAsync();
        Bodies.Enqueue(body);
        var query = exchange.Request.Attribute(AjpAttributeCode.QueryString) is { } q ? "?" + q : "";
        var text = Encoding.UTF8.GetBytes($"node={Name} path={exchange.Request.RequestUri}{query} body={body.Length}");
        await exchange.SendHeadersAsync(200, "200", ("Content-Type", "text/plain"), ("Content-Length", text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await exchange.SendBodyAsync(text);
        await exchange.EndAsync(Reuse);
    }
}
