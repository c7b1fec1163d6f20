using System.Buffers;
using System.IO.Pipelines;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// Reads whole packets from a <see cref="PipeReader"/>. The payload is copied into one buffer of
/// <c>packetSize</c> bytes owned by the reader (rented once per connection), so a packet costs no
/// allocation and a hostile length cannot make it allocate more. Not thread-safe: one reader per
/// connection.
/// </summary>
public sealed class AjpPacketReader : IDisposable
{
    private readonly PipeReader _input;
    private readonly AjpDirection _direction;
    private readonly int _packetSize;
    private byte[]? _buffer;

    /// <param name="input">The connection's input.</param>
    /// <param name="direction">Direction of the packets read: <see cref="AjpDirection.ToContainer"/> on a container.</param>
    /// <param name="packetSize">Tomcat <c>packetSize</c> / mod_jk <c>max_packet_size</c>, header included.</param>
    public AjpPacketReader(PipeReader input, AjpDirection direction, int packetSize)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(packetSize, AjpConstants.HeaderLength + 1);
        _input = input;
        _direction = direction;
        _packetSize = packetSize;
        _buffer = ArrayPool<byte>.Shared.Rent(packetSize);
    }

    /// <summary>Waits for the next packet. A stream ending inside a packet is <see cref="AjpDecodeError.Truncated"/>.</summary>
    public async ValueTask<AjpPacket> ReadAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        while (true)
        {
            var result = await _input.ReadAsync(ct).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (AjpFraming.TryReadPacket(ref buffer, _direction, _packetSize, out var payload, out var error))
            {
                payload.CopyTo(_buffer);
                var length = (int)payload.Length;
                _input.AdvanceTo(buffer.Start);
                return new AjpPacket(_buffer.AsMemory(0, length), false, AjpDecodeError.None);
            }

            if (error != AjpDecodeError.None)
            {
                _input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                return new AjpPacket(default, false, error);
            }

            var empty = result.Buffer.IsEmpty;
            _input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted || result.IsCanceled)
                return new AjpPacket(default, empty, empty ? AjpDecodeError.None : AjpDecodeError.Truncated);
        }
    }

    public void Dispose()
    {
        if (_buffer is { } b)
            ArrayPool<byte>.Shared.Return(b);
        _buffer = null;
    }
}
