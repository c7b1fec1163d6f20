using System.Text.RegularExpressions;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Tomcat: <c>ReplicationValve@filter</c>, no default. A request whose decoded URI (context path
/// included) matches the whole pattern is assumed not to change its session, so nothing is sent;
/// its changes leave with the next unfiltered request.
/// </summary>
internal sealed class ReplicationFilter
{
    private readonly Regex? _regex;

    private ReplicationFilter(Regex? regex, string? pattern)
    {
        _regex = regex;
        Pattern = pattern;
    }

    public static ReplicationFilter None { get; } = new(null, null);

    public string? Pattern { get; }

    /// <summary>
    /// Builds the filter once. Empty means none; a pattern .NET cannot compile gives
    /// <paramref name="error"/> and no filtering, as Tomcat logs an ERROR and filters nothing.
    /// </summary>
    public static ReplicationFilter Create(string? pattern, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(pattern))
            return None;
        try
        {
            // Java's matches() is anchored at both ends.
            var regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return new ReplicationFilter(regex, pattern);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return None;
        }
    }

    /// <summary>True when the request must not trigger replication.</summary>
    public bool IsFiltered(string decodedUri)
    {
        if (_regex is null)
            return false;
        try
        {
            return _regex.IsMatch(decodedUri);
        }
        catch (RegexMatchTimeoutException)
        {
            // Replicating too much is safe; losing a change is not.
            return false;
        }
    }
}
