using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace TomcatCompat.SessionStores.Memcached;

/// <summary>
/// One TCP connection speaking memcached's text protocol: a request, then its answer read until the
/// parser says Complete. Any IO, timeout or protocol problem throws <see cref="IOException"/>, and the
/// caller discards the connection (it may hold half an answer).
/// </summary>
internal sealed class MemcachedConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private byte[] _buffer = new byte[16 * 1024];
    private int _length;

    private MemcachedConnection(TcpClient client)
    {
        _client = client;
        _client.NoDelay = true;
        _stream = client.GetStream();
    }

    public static async ValueTask<MemcachedConnection> OpenAsync(MemcachedNode node, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(node.Host, node.Port, cancellationToken).ConfigureAwait(false);
            return new MemcachedConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async ValueTask<MemcachedValue?> GetsAsync(string key, CancellationToken cancellationToken)
    {
        await SendAsync("gets " + key + "\r\n", null, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var status = MemcachedResponseParser.TryParseRetrieval(_buffer.AsSpan(0, _length), out var value, out var consumed);
            if (status == MemcachedParseStatus.Complete)
            {
                Consume(consumed);
                return value;
            }

            await ReadMoreAsync(status, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>set</c>, <c>add</c> or <c>cas</c> (when <paramref name="cas"/> is not null); returns the answer line (STORED, NOT_STORED, EXISTS, NOT_FOUND).</summary>
    public ValueTask<string> StoreAsync(string command, string key, byte[] data, int exptime, ulong? cas, CancellationToken cancellationToken)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{command} {key} 0 {exptime} {data.Length}{(cas is { } c ? " " + c.ToString(CultureInfo.InvariantCulture) : "")}\r\n");
        return CommandAsync(line, data, cancellationToken);
    }

    public ValueTask<string> DeleteAsync(string key, CancellationToken cancellationToken) => CommandAsync("delete " + key + "\r\n", null, cancellationToken);

    public ValueTask<string> TouchAsync(string key, int exptime, CancellationToken cancellationToken) =>
        CommandAsync(string.Create(CultureInfo.InvariantCulture, $"touch {key} {exptime}\r\n"), null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private async ValueTask<string> CommandAsync(string line, byte[]? data, CancellationToken cancellationToken)
    {
        await SendAsync(line, data, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var status = MemcachedResponseParser.TryParseLine(_buffer.AsSpan(0, _length), out var answer, out var consumed);
            if (status == MemcachedParseStatus.Complete)
            {
                Consume(consumed);
                return answer;
            }

            await ReadMoreAsync(status, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask SendAsync(string line, byte[]? data, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes(line);
        var message = new byte[header.Length + (data is null ? 0 : data.Length + 2)];
        header.CopyTo(message, 0);
        if (data is not null)
        {
            data.CopyTo(message, header.Length);
            message[^2] = (byte)'\r';
            message[^1] = (byte)'\n';
        }

        await _stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ReadMoreAsync(MemcachedParseStatus status, CancellationToken cancellationToken)
    {
        if (status == MemcachedParseStatus.Invalid)
            throw new IOException("memcached answered outside its protocol: " + Preview());
        if (_length == _buffer.Length)
        {
            if (_buffer.Length >= MemcachedResponseParser.MaxValueBytes + 1024)
                throw new IOException("memcached answer too large");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_length), cancellationToken).ConfigureAwait(false);
        if (read == 0)
            throw new IOException("memcached closed the connection");
        _length += read;
    }

    private void Consume(int count)
    {
        Buffer.BlockCopy(_buffer, count, _buffer, 0, _length - count);
        _length -= count;
    }

    private string Preview()
    {
        var line = _buffer.AsSpan(0, Math.Min(_length, 80));
        var end = line.IndexOf("\r\n"u8);
        return Encoding.ASCII.GetString(end < 0 ? line : line[..end]);
    }
}
