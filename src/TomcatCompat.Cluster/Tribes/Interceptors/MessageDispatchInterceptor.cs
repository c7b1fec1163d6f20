using System.Threading.Channels;

namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// Queues messages flagged async (8) and sends them from worker tasks, so the caller returns at once
/// (Tomcat: MessageDispatchInterceptor). The queue is bounded in bytes; when it is full the message
/// is sent synchronously (<c>alwaysSend</c>) or refused. As in Tomcat, several workers may reorder messages.
/// </summary>
internal sealed class MessageDispatchInterceptor : ChannelInterceptorBase
{
    private readonly Channel<(IReadOnlyList<Member> Destination, ChannelMessage Message)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<Member>, ChannelMessage)>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly List<Task> _workers = [];
    private long _queuedBytes;
    private long _failures;

    /// <summary>Tomcat: <c>MessageDispatchInterceptor@optionFlag</c>, default 8 (async).</summary>
    public override SendOptions OptionFlag { get; init; } = SendOptions.Asynchronous;

    /// <summary>Tomcat: <c>MessageDispatchInterceptor@alwaysSend</c>, default true.</summary>
    public bool AlwaysSend { get; init; } = true;

    /// <summary>Tomcat: <c>MessageDispatchInterceptor@maxQueueSize</c>, bytes, default 67108864.</summary>
    public long MaxQueueSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Tomcat: <c>MessageDispatchInterceptor@maxThreads</c>, default 10.</summary>
    public int MaxThreads { get; init; } = 10;

    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Queued sends that failed; the caller had already returned, so they are only counted.</summary>
    public long AsyncFailures => Interlocked.Read(ref _failures);

    public override ValueTask StartAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < Math.Max(1, MaxThreads); i++)
            _workers.Add(Task.Run(WorkAsync, CancellationToken.None));
        return ValueTask.CompletedTask;
    }

    public override ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        if (!OkToProcess(message.Options))
            return base.SendAsync(destination, message, cancellationToken);
        var size = message.Payload.Length;
        if (Interlocked.Add(ref _queuedBytes, size) > MaxQueueSize || !_queue.Writer.TryWrite((destination, message)))
        {
            Interlocked.Add(ref _queuedBytes, -size);
            return AlwaysSend
                ? base.SendAsync(destination, message, cancellationToken)
                : throw new ChannelException(
                    $"the asynchronous queue is full ({MaxQueueSize} bytes, alwaysSend=false)",
                    [.. destination.Select(m => new FaultyMember(m, "dispatch queue full", false))]);
        }

        return ValueTask.CompletedTask;
    }

    public override async ValueTask StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(false);
        _workers.Clear();
    }

    private async Task WorkAsync()
    {
        await foreach (var (destination, message) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Interlocked.Add(ref _queuedBytes, -message.Payload.Length);
            try
            {
                await base.SendAsync(destination, message, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ChannelException or IOException or InvalidOperationException)
            {
                Interlocked.Increment(ref _failures);
            }
        }
    }
}
