using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>
/// One AJP connection from a web server: requests one after another (connection reuse), CPING
/// answered by CPONG between them. Framing errors and unexpected messages close it, as Tomcat's
/// AjpProcessor does; nothing thrown here escapes the connection.
/// </summary>
internal sealed partial class AjpConnection(AjpListenerContext listener, PipeReader input, PipeWriter output, IPEndPoint? remote, IPEndPoint? local)
{
    private readonly string _remote = remote?.ToString() ?? "?";

    public async Task RunAsync(CancellationToken ct)
    {
        var options = listener.Options;
        using var reader = new AjpPacketReader(input, AjpDirection.ToContainer, options.PacketSize);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var packet = await ReadIdleAsync(reader, ct).ConfigureAwait(false);
                if (packet.EndOfStream)
                    return;
                if (packet.Error != AjpDecodeError.None)
                {
                    Log.BadPacket(listener.Logger, options.Name, _remote, packet.Error);
                    return;
                }

                var payload = packet.Payload.Span;
                if (AjpControlMessages.IsSingle(payload, AjpMessageType.CPing))
                {
                    AjpControlMessages.TryEncodeSingle(AjpMessageType.CPong, output.GetSpan(AjpControlMessages.MaxLength), out var written);
                    output.Advance(written);
                    await output.FlushAsync(ct).ConfigureAwait(false);
                    continue;
                }

                if (AjpFraming.PeekType(payload) != AjpMessageType.ForwardRequest)
                {
                    Log.UnexpectedMessage(listener.Logger, options.Name, _remote, payload.IsEmpty ? -1 : payload[0]);
                    return;
                }

                if (!await ServeAsync(packet.Payload, reader, ct).ConfigureAwait(false))
                    return;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            // The web server went away, or the listener is stopping: the connection just ends.
        }
        finally
        {
            await input.CompleteAsync().ConfigureAwait(false);
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Serves one FORWARD_REQUEST; false when the connection must close afterwards.</summary>
    private async Task<bool> ServeAsync(ReadOnlyMemory<byte> payload, AjpPacketReader reader, CancellationToken ct)
    {
        var options = listener.Options;
        var error = AjpForwardRequest.TryDecode(payload.Span, out var request);
        if (error != AjpDecodeError.None || !request!.RequestUri.StartsWith('/'))
        {
            // Tomcat answers a FORWARD_REQUEST it cannot prepare with 400 and closes (AjpProcessor, CLOSE_CLEAN).
            Log.BadPacket(listener.Logger, options.Name, _remote, error == AjpDecodeError.None ? AjpDecodeError.Truncated : error);
            var bad = new AjpExchange(request ?? new AjpForwardRequest { Method = "GET", RequestUri = "/" }, reader, output, options.PacketSize, local, ct);
            await bad.RefuseAsync(StatusCodes.Status400BadRequest, ct).ConfigureAwait(false);
            return false;
        }

        var exchange = new AjpExchange(request, reader, output, options.PacketSize, local, ct);
        if (!AjpRequestAttributes.SecretMatches(request, options.Secret))
        {
            Log.SecretMismatch(listener.Logger, options.Name, _remote);
            await exchange.RefuseAsync(StatusCodes.Status403Forbidden, ct).ConfigureAwait(false);
            return false;
        }

        if (AjpRequestAttributes.FirstRefused(request, options.AllowedRequestAttributesPattern) is { } refused)
        {
            Log.AttributeRefused(listener.Logger, options.Name, _remote, refused);
            await exchange.RefuseAsync(StatusCodes.Status403Forbidden, ct).ConfigureAwait(false);
            return false;
        }

        await RunApplicationAsync(exchange, ct).ConfigureAwait(false);
        return exchange.Reusable;
    }

    private async ValueTask<AjpPacket> ReadIdleAsync(AjpPacketReader reader, CancellationToken ct)
    {
        if (listener.Options.IdleTimeout == Timeout.InfiniteTimeSpan)
            return await reader.ReadAsync(ct).ConfigureAwait(false);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        idle.CancelAfter(listener.Options.IdleTimeout);
        return await reader.ReadAsync(idle.Token).ConfigureAwait(false);
    }
}
