using System.Diagnostics.Metrics;
using System.Globalization;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>
/// Outage bookkeeping for one store: the first failure logs one line and the first success after it
/// logs the recovery, so an outage costs two log lines, not one per request. Counters are exposed as
/// properties and on the <c>TomcatCompat.SessionStores</c> meter.
/// </summary>
internal sealed class StoreHealth(string manager, string store, Action<string> log, TimeProvider time)
{
    public const string MeterName = "TomcatCompat.SessionStores";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> FailuresCounter = Meter.CreateCounter<long>("session_store.failures");
    private static readonly Counter<long> StaleCounter = Meter.CreateCounter<long>("session_store.stale_writes");
    private static readonly Counter<long> WritesCounter = Meter.CreateCounter<long>("session_store.writes");

    private readonly Lock _gate = new();
    private long _failures;
    private long _stale;
    private long _writes;
    private long _outages;
    private long _failuresInOutage;
    private DateTimeOffset? _outageStart;

    public bool InOutage
    {
        get
        {
            lock (_gate)
                return _outageStart is not null;
        }
    }

    /// <summary>When the last outage ended; local copies older than that may be missing from the store.</summary>
    public DateTimeOffset LastRecovery { get; private set; } = DateTimeOffset.MinValue;

    public long Failures => Interlocked.Read(ref _failures);

    public long StaleWrites => Interlocked.Read(ref _stale);

    public long Writes => Interlocked.Read(ref _writes);

    public long Outages => Interlocked.Read(ref _outages);

    public void Failed(Exception error)
    {
        Interlocked.Increment(ref _failures);
        FailuresCounter.Add(1);
        lock (_gate)
        {
            _failuresInOutage++;
            if (_outageStart is not null)
                return;
            _outageStart = time.GetUtcNow();
            _outages++;
        }

        log($"session store unreachable: manager [{manager}] cannot reach {store} ({Short(error.Message)}); requests continue with this node's local session copies and changes are written when the store returns");
    }

    public void Succeeded()
    {
        long failures;
        TimeSpan down;
        lock (_gate)
        {
            if (_outageStart is not { } start)
                return;
            var now = time.GetUtcNow();
            down = now - start;
            failures = _failuresInOutage;
            _failuresInOutage = 0;
            _outageStart = null;
            LastRecovery = now;
        }

        log(string.Create(CultureInfo.InvariantCulture, $"session store reachable again: manager [{manager}] reaches {store} after {down.TotalSeconds:0.0} s and {failures} failed operations; writing the sessions changed meanwhile"));
    }

    /// <summary>The first clause of a client's message (StackExchange.Redis appends a page of connection state).</summary>
    internal static string Short(string message)
    {
        var end = message.IndexOfAny([';', '\n']);
        var text = end < 0 ? message : message[..end];
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    /// <summary>An unexpected error in the background sweep: logged, never thrown into the timer.</summary>
    public void SweepFailed(Exception error) =>
        log($"session store sweep failed: manager [{manager}] ({error.GetType().Name}: {Short(error.Message)}); the next sweep tries again");

    public void Stale()
    {
        Interlocked.Increment(ref _stale);
        StaleCounter.Add(1);
    }

    public void Wrote()
    {
        Interlocked.Increment(ref _writes);
        WritesCounter.Add(1);
    }
}
