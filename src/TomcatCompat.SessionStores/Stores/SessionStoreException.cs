namespace TomcatCompat.SessionStores.Stores;

/// <summary>The store could not be reached or answered out of protocol; the manager degrades to local copies.</summary>
internal sealed class SessionStoreException : Exception
{
    public SessionStoreException(string message)
        : base(message)
    {
    }

    public SessionStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
