using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Cluster.Sessions;

namespace TomcatCompat.Sessions;

/// <summary>
/// <see cref="ISession"/> over a replicated Tomcat-style session. A request without a session gets one on
/// its first write, created when the response starts (or the request ends), so the session id and cookie
/// exist from then on. Changes replicate when the request ends (ReplicationValve), not on <see cref="CommitAsync"/>.
/// </summary>
internal sealed class TomcatSession(ISessionManager manager) : ISession
{
    private Dictionary<string, byte[]?>? _early;

    public DeltaSession? Session { get; set; }

    public bool IsAvailable => true;

    /// <summary>The Tomcat session id (<c>&lt;hex&gt;.&lt;jvmRoute&gt;</c>); empty until the session exists.</summary>
    public string Id => Session?.Id ?? "";

    public IEnumerable<string> Keys =>
        Session is { } s ? s.Attributes.Keys : (_early?.Where(e => e.Value is not null).Select(e => e.Key) ?? []);

    public Task LoadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public bool TryGetValue(string key, [NotNullWhen(true)] out byte[]? value)
    {
        value = Session is { } s ? s.GetAttribute(key) : _early?.GetValueOrDefault(key);
        return value is not null;
    }

    public void Set(string key, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Session is { } s)
            s.SetAttribute(key, [.. value]);
        else
            (_early ??= new(StringComparer.Ordinal))[key] = [.. value];
    }

    public void Remove(string key)
    {
        if (Session is { } s)
            s.RemoveAttribute(key);
        else
            _early?.Remove(key);
    }

    public void Clear()
    {
        foreach (var key in Keys.ToArray())
            Remove(key);
    }

    /// <summary>Creates the session when the request wrote to it without having one; true when it was created now.</summary>
    public async ValueTask<bool> CreateIfWrittenAsync(CancellationToken cancellationToken)
    {
        if (Session is not null || _early is not { Count: > 0 } early)
            return false;
        _early = null;
        Session = await manager.CreateSessionAsync(cancellationToken).ConfigureAwait(false);
        if (Session is null)
            return false;
        foreach (var (key, value) in early)
        {
            if (value is not null)
                Session.SetAttribute(key, value);
        }

        return true;
    }
}
