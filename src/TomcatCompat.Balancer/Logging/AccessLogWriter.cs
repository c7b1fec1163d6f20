using System.Text;
using System.Threading.Channels;

namespace TomcatCompat.Balancer.Logging;

/// <summary>
/// Appends access-log lines to one file from a background task, so requests only enqueue a string
/// (mod_log_config writes in the request thread; here the hot path never touches the disk). The
/// queue is unbounded: lines are never dropped. After the first line of a burst the task waits
/// <see cref="BatchDelay"/> so that one write and one wake-up serve many requests (a wake-up and a
/// write per line cost ~40 µs per request in the benchmark), then drains the queue and flushes.
/// </summary>
internal sealed class AccessLogWriter : IAsyncDisposable
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;
    private readonly List<TaskCompletionSource> _flushes = [];

    /// <summary>How long lines may wait in memory before they are written.</summary>
    internal static readonly TimeSpan BatchDelay = TimeSpan.FromMilliseconds(50);

    public AccessLogWriter(string path)
    {
        Path = path;
        _pump = Task.Run(PumpAsync);
    }

    public string Path { get; }

    /// <summary>Set when the file cannot be opened or written; lines are then discarded.</summary>
    public Exception? Failure { get; private set; }

    public void Enqueue(string line) => _lines.Writer.TryWrite(line);

    /// <summary>Waits until every line enqueued so far is on disk (tests, shutdown).</summary>
    public async Task FlushAsync()
    {
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushes)
        {
            _flushes.Add(marker);
        }

        _lines.Writer.TryWrite("");
        await marker.Task.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        StreamWriter? writer = null;
        try
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            writer = new StreamWriter(new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 64 * 1024), new UTF8Encoding(false), 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Failure = e;
        }

        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (!reader.Completion.IsCompleted && !FlushRequested())
            {
                await Task.Delay(BatchDelay).ConfigureAwait(false);
            }

            while (reader.TryRead(out var line))
            {
                if (line.Length > 0 && writer is not null && Failure is null)
                {
                    try
                    {
                        writer.Write(line);
                    }
                    catch (IOException e)
                    {
                        Failure = e;
                    }
                }
            }

            try
            {
                writer?.Flush();
            }
            catch (IOException e)
            {
                Failure = e;
            }

            ReleaseFlushes();
        }

        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        ReleaseFlushes();
    }

    private bool FlushRequested()
    {
        lock (_flushes)
        {
            return _flushes.Count > 0;
        }
    }

    private void ReleaseFlushes()
    {
        lock (_flushes)
        {
            foreach (var f in _flushes)
            {
                f.TrySetResult();
            }

            _flushes.Clear();
        }
    }
}
