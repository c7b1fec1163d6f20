using System.Runtime;

namespace TomcatCompat.Cli;

/// <summary>
/// <c>import</c> and <c>lint</c> build one config graph that lives until the process exits, so every
/// collection only copies live data: at 100k lines the GC took half of the run (616 ms of 1.35 s,
/// docs/performance.md). Large inputs therefore run in a no-GC region sized from the input; the runtime
/// ends it by itself, and collects as usual, if the run allocates more than that.
/// </summary>
internal static class BatchGarbageCollection
{
    // Measured: a lint allocates about 50 bytes per byte of httpd config read (166 MB for 3.3 MB); an
    // import, which also writes the JSON, more. 80 covers a lint with room; beyond it the GC simply resumes.
    private const long BytesPerInputByte = 80;

    // Below this a run allocates less than one gen0 budget: no collection happens anyway, and
    // setting up a region costs more (its bookkeeping grows with its size) than it saves.
    private const long MinInputBytes = 1024 * 1024;

    private const long MaxBudget = 1024L * 1024 * 1024;

    public static void Suspend(IEnumerable<string> args)
    {
        var input = InputBytes(args);
        if (input < MinInputBytes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            return;
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4;
        var budget = Math.Min(Math.Min(input * BytesPerInputByte, MaxBudget), available);
        try
        {
            GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this GC configuration allows in one region (e.g. a small heap hard limit): collect as usual.
        }
    }

    /// <summary>
    /// Total size of the files named on the command line. Directories are not walked for it: sizing them
    /// would stat every file of the tree again (measurable on a cold lint of /etc/apache2), so a large
    /// config given as a directory runs with the usual collections.
    /// </summary>
    internal static long InputBytes(IEnumerable<string> args)
    {
        long total = 0;
        foreach (var arg in args)
        {
            try
            {
                var file = new FileInfo(arg);
                if (file.Exists)
                    total += file.Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Not a readable path: import/lint report it with a proper diagnostic.
            }
        }

        return total;
    }
}
