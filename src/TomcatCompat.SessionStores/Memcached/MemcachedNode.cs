namespace TomcatCompat.SessionStores.Memcached;

/// <summary>One entry of MSM's <c>memcachedNodes</c> (<c>n1:host:port</c>).</summary>
/// <param name="Id">The node id MSM puts into session ids (<c>&lt;hex&gt;-n1.&lt;jvmRoute&gt;</c>).</param>
/// <param name="IsFailover">Listed in <c>failoverNodes</c>: used only when no other node is reachable (sticky mode).</param>
internal sealed record MemcachedNode(string Id, string Host, int Port, bool IsFailover = false)
{
    public override string ToString() => Id + ":" + Host + ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
