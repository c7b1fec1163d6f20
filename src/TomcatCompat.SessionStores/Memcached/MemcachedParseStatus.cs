namespace TomcatCompat.SessionStores.Memcached;

internal enum MemcachedParseStatus
{
    /// <summary>A whole response was parsed.</summary>
    Complete,

    /// <summary>The buffer ends inside the response: read more.</summary>
    NeedMore,

    /// <summary>Not memcached's text protocol (or ERROR / CLIENT_ERROR / SERVER_ERROR): drop the connection.</summary>
    Invalid,
}
