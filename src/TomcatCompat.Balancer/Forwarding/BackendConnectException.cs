namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// Marks a failure to open the TCP connection to a member (refused, unreachable, connect timeout):
/// the one failure after which httpd puts the member in error and fails over (§3.6).
/// </summary>
internal sealed class BackendConnectException(string endpoint, bool timedOut, Exception? inner)
    : IOException($"attempt to connect to {endpoint} failed{(timedOut ? " (connect timeout)" : "")}", inner)
{
    public bool TimedOut { get; } = timedOut;
}
