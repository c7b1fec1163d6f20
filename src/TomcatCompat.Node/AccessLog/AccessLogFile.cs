using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Node.AccessLog;

/// <summary>
/// The file side of an AccessLogValve: <c>directory/prefix + date + suffix</c> (date per
/// <c>fileDateFormat</c>, default <c>.yyyy-MM-dd</c>; none when <c>rotatable="false"</c>), a new file when
/// the date changes, lines appended in UTF-8 by one background writer so a request never waits on the
/// disk. When the queue is full or the file cannot be written, lines are dropped and counted, and one
/// warning is logged; the node keeps serving.
/// </summary>
internal sealed class AccessLogFile : IAsyncDisposable
{
    private const int QueueCapacity = 65_536;
    private readonly Channel<(DateTimeOffset Time, string Line)> _queue =
        Channel.CreateBounded<(DateTimeOffset, string)>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ILogger _logger;
    private readonly Task _writer;
    private long _dropped;
    private bool _warned;

    public AccessLogFile(string directory, string prefix, string suffix, string? dateFormat, ILogger logger)
    {
        Directory = directory;
        Prefix = prefix;
        Suffix = suffix;
        DateFormat = dateFormat;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    public string Directory { get; }

    public string Prefix { get; }

    public string Suffix { get; }

    /// <summary>Null when not rotatable.</summary>
    public string? DateFormat { get; }

    /// <summary>Lines lost to a full queue or a failed write.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public string PathFor(DateTimeOffset time) =>
        System.IO.Path.Combine(Directory, Prefix + (DateFormat is null ? "" : time.ToString(DateFormat, CultureInfo.InvariantCulture)) + Suffix);

    public void Write(DateTimeOffset time, string line)
    {
        if (!_queue.Writer.TryWrite((time, line)))
            Interlocked.Increment(ref _dropped);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new StringBuilder();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            string? path = null;
            var lines = 0;
            while (reader.TryPeek(out var next) && (path is null || PathFor(next.Time) == path) && lines < 4096)
            {
                reader.TryRead(out next);
                path ??= PathFor(next.Time);
                batch.Append(next.Line).Append('\n');
                lines++;
            }

            if (path is not null)
                Append(path, batch.ToString(), lines);
            batch.Clear();
        }
    }

    private void Append(string path, string text, int lines)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.AppendAllText(path, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Add(ref _dropped, lines);
            if (!_warned)
            {
                _warned = true;
                _logger.LogWarning("AccessLogValve: cannot write {Path}: {Message}; access log lines are dropped until it can", path, e.Message);
            }
        }
    }
}
