using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>Reads whole frames from a stream; the body length is checked before anything is allocated.</summary>
internal static class FrameStream
{
    /// <summary>Bodies up to this size are read even from strangers, so they can be answered with a negative ack.</summary>
    public const int UnadmittedBodyLimit = 4096;

    /// <summary>
    /// Reads one frame. Returns null at a clean end of stream (no byte of a new frame read).
    /// A frame whose header is broken ends the stream: its length cannot be trusted to resynchronise.
    /// </summary>
    public static async ValueTask<FrameReadResult?> ReadAsync(
        Stream stream, byte[] headerBuffer, int maxBodySize, TimeSpan bodyTimeout, CancellationToken cancellationToken,
        Func<FrameHeader, bool>? admit = null)
    {
        var first = await stream.ReadAsync(headerBuffer.AsMemory(0, FrameHeader.Size), cancellationToken).ConfigureAwait(false);
        if (first == 0)
            return null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bodyTimeout);
        try
        {
            if (first < FrameHeader.Size)
                await stream.ReadExactlyAsync(headerBuffer.AsMemory(first, FrameHeader.Size - first), timeout.Token).ConfigureAwait(false);
            var error = FrameCodec.TryReadHeader(headerBuffer, maxBodySize, out var header);
            if (error != FrameError.None)
                return FrameReadResult.Fail(error);
            if (header.BodyLength > UnadmittedBodyLimit && admit is not null && !admit(header))
                return FrameReadResult.Fail(FrameError.NotAdmitted);
            var body = header.BodyLength == 0 ? [] : new byte[header.BodyLength];
            await stream.ReadExactlyAsync(body, timeout.Token).ConfigureAwait(false);
            return FrameCodec.DecodeBody(header, headerBuffer, body);
        }
        catch (EndOfStreamException)
        {
            return FrameReadResult.Fail(FrameError.Truncated);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FrameReadResult.Fail(FrameError.Truncated);
        }
    }

    /// <summary>True when the error leaves the stream at an unknown position.</summary>
    public static bool IsFatal(FrameError error) => error is not (FrameError.ChecksumMismatch or FrameError.MalformedBody);
}
