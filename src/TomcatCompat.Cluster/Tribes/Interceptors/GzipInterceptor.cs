using System.IO.Compression;

namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// GZIP-compresses payloads larger than <c>compressionMinSize</c> and marks them with option bit 256
/// (Tomcat 9.0+ GzipInterceptor). Decompression is capped, so a small "zip bomb" cannot exhaust
/// memory; a payload that fails to inflate is dropped and counted.
/// </summary>
internal sealed class GzipInterceptor : ChannelInterceptorBase
{
    private long _compressed;
    private long _rejected;

    /// <summary>Tomcat: <c>GzipInterceptor@optionFlag</c>, default 256: the "compressed" marker bit.</summary>
    public override SendOptions OptionFlag { get; init; } = SendOptions.Compressed;

    /// <summary>Tomcat: <c>GzipInterceptor@compressionMinSize</c>, bytes, default 0.</summary>
    public int CompressionMinSize { get; init; }

    /// <summary>Largest inflated payload accepted.</summary>
    public int MaxDecompressedSize { get; init; } = 64 * 1024 * 1024;

    public long Compressed => Interlocked.Read(ref _compressed);

    public long Rejected => Interlocked.Read(ref _rejected);

    public override ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        if (message.Payload.Length <= CompressionMinSize)
            return base.SendAsync(destination, message, cancellationToken);
        Interlocked.Increment(ref _compressed);
        return base.SendAsync(destination, message with { Payload = Compress(message.Payload.Span), Options = message.Options | OptionFlag }, cancellationToken);
    }

    public override void MessageReceived(ChannelMessage message)
    {
        if ((message.Options & OptionFlag) == 0)
        {
            base.MessageReceived(message);
            return;
        }

        if (TryDecompress(message.Payload, MaxDecompressedSize, out var plain))
            base.MessageReceived(message with { Payload = plain, Options = message.Options & ~OptionFlag });
        else
            Interlocked.Increment(ref _rejected);
    }

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    public static bool TryDecompress(ReadOnlyMemory<byte> data, int maxSize, out byte[] result)
    {
        result = [];
        // A gzip member is at least a 10-byte header and an 8-byte trailer, starting 1F 8B.
        if (data.Length < 18 || data.Span[0] != 0x1F || data.Span[1] != 0x8B)
            return false;
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > maxSize)
                    return false;
                output.Write(buffer, 0, read);
            }

            result = output.ToArray();
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }
}
