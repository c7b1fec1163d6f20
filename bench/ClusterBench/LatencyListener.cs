using System.Buffers.Binary;
using System.Diagnostics;
using TomcatCompat.Cluster.Sessions;

namespace ClusterBench;

/// <summary>
/// Records write-on-A → visible-here latency: the writer stores <see cref="Stopwatch.GetTimestamp"/> in attribute "t";
/// on Linux that is CLOCK_MONOTONIC, shared by every process on the machine.
/// </summary>
internal sealed class LatencyListener : IDeltaSessionListener
{
    private readonly List<double> _micros = [];

    public void SessionCreated(DeltaSession session, bool replicated)
    {
    }

    public void SessionDestroyed(DeltaSession session, bool replicated)
    {
    }

    public void AttributeChanged(DeltaSession session, string name, byte[]? value, bool replicated)
    {
        if (!replicated || name != "t" || value is not { Length: 8 })
            return;
        var us = Stopwatch.GetElapsedTime(BinaryPrimitives.ReadInt64BigEndian(value)).TotalMicroseconds;
        lock (_micros)
            _micros.Add(us);
    }

    /// <summary>"count p50 p99" in microseconds, and clears.</summary>
    public string TakeSummary()
    {
        lock (_micros)
        {
            var sorted = _micros.Order().ToArray();
            _micros.Clear();
            return Summary.Of(sorted);
        }
    }
}
