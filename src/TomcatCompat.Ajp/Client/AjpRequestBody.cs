using System.Buffers;
using System.IO.Pipelines;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// The request body between the client (pushed by <see cref="HttpContent.CopyToAsync(Stream)"/>)
/// and the container (pulled chunk by chunk with GET_BODY_CHUNK). The pipe bounds what is buffered,
/// so a large upload streams instead of being held in memory.
/// </summary>
internal sealed class AjpRequestBody : IDisposable
{
    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: 65536, resumeWriterThreshold: 32768, useSynchronizationContext: false));
    private readonly CancellationTokenSource _stop = new();
    private bool _ended;

    public AjpRequestBody(HttpContent content) => Copy = CopyAsync(content);

    /// <summary>The copy from the client; faulted when the client's body failed.</summary>
    public Task Copy { get; }

    /// <summary>True once the end of the body was read (mod_proxy_ajp <c>havebody</c> = 0).</summary>
    public bool Ended => _ended;

    /// <summary>Fills up to <paramref name="destination"/>'s length with what has arrived; 0 at the end of the body.</summary>
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken ct)
    {
        if (_ended)
            return 0;
        var result = await _pipe.Reader.ReadAsync(ct).ConfigureAwait(false);
        var buffer = result.Buffer;
        var take = (int)Math.Min(buffer.Length, destination.Length);
        if (take == 0 && result.IsCompleted)
        {
            _ended = true;
            _pipe.Reader.AdvanceTo(buffer.End);
            return 0;
        }

        var slice = buffer.Slice(0, take);
        slice.CopyTo(destination.Span);
        _pipe.Reader.AdvanceTo(slice.End);
        return take;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _pipe.Reader.Complete();
    }

    private async Task CopyAsync(HttpContent content)
    {
        await Task.Yield();
        try
        {
            await using (var stream = _pipe.Writer.AsStream(leaveOpen: true))
                await content.CopyToAsync(stream, _stop.Token).ConfigureAwait(false);
            await _pipe.Writer.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await _pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
        }
    }
}
