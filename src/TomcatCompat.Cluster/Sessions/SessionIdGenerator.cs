using System.Security.Cryptography;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Session ids as Tomcat makes them: <c>sessionIdLength</c> random bytes as upper-case hex, then
/// <c>.jvmRoute</c> when the Engine has one (Tomcat: StandardSessionIdGenerator, §15).
/// </summary>
internal sealed class SessionIdGenerator
{
    private readonly Action<Span<byte>> _fill;

    /// <param name="fill">Random source; cryptographic by default, injectable for tests.</param>
    public SessionIdGenerator(int sessionIdLength = 16, string? jvmRoute = null, Action<Span<byte>>? fill = null)
    {
        SessionIdLength = sessionIdLength > 0 ? sessionIdLength : 16;
        JvmRoute = string.IsNullOrEmpty(jvmRoute) ? null : jvmRoute;
        _fill = fill ?? RandomNumberGenerator.Fill;
    }

    /// <summary>Tomcat: <c>SessionIdGenerator@sessionIdLength</c>, bytes, default 16 (32 hex characters).</summary>
    public int SessionIdLength { get; }

    /// <summary>Tomcat: <c>Engine@jvmRoute</c>, appended after a dot; none by default.</summary>
    public string? JvmRoute { get; }

    public string Generate()
    {
        Span<byte> bytes = stackalloc byte[SessionIdLength];
        _fill(bytes);
        var hex = Convert.ToHexString(bytes);
        return JvmRoute is null ? hex : hex + "." + JvmRoute;
    }

    /// <summary>The id with its route replaced by <paramref name="route"/>: text after the first dot is the route (§12.2).</summary>
    public static string WithRoute(string sessionId, string route)
    {
        var dot = sessionId.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? sessionId : sessionId[..dot]) + "." + route;
    }
}
