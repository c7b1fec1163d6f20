namespace TomcatCompat.SessionStores.Memcached;

/// <summary>One item of a <c>get</c>/<c>gets</c> answer: <c>VALUE &lt;key&gt; &lt;flags&gt; &lt;bytes&gt; [&lt;cas unique&gt;]</c>.</summary>
internal sealed record MemcachedValue(string Key, uint Flags, byte[] Data, ulong Cas);
