namespace TomcatCompat.Ajp.Server;

/// <summary>The request body of an AJP request: read-only, asks the web server for chunks as it is read.</summary>
internal sealed class AjpRequestBodyStream(AjpExchange exchange) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        exchange.ReadBodyAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        exchange.ReadBodyAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous IO is refused, as Kestrel does by default (AllowSynchronousIO = false).
    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed. Call ReadAsync instead.");

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
