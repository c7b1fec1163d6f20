using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>
/// A node's live cluster: the channel with its stack, the session-message router, and what each
/// distributable context's DeltaManager is cloned from (Tomcat: the cluster's manager template).
/// </summary>
internal sealed class ClusterRuntime : IAsyncDisposable
{
    private readonly List<IReplicatedManager> _managers = [];
    private ITimer? _expirySweep;

    public required GroupChannel Channel { get; init; }

    public required IReplicationChannel Replication { get; init; }

    public required ClusterSessionListener SessionListener { get; init; }

    /// <summary>The <c>&lt;Manager&gt;</c> settings every context's manager starts from (DeltaManager).</summary>
    public required DeltaManagerOptions ManagerTemplate { get; init; }

    /// <summary>Set when the <c>&lt;Manager&gt;</c> is a BackupManager: contexts get a <see cref="BackupManager"/> from it.</summary>
    public BackupManagerOptions? BackupTemplate { get; init; }

    /// <summary>False when ClusterListeners are configured without ClusterSessionListener: managers receive nothing (§2).</summary>
    public bool ReceivesSessionMessages { get; init; } = true;

    public ReplicationFilter ReplicationFilter { get; init; } = ReplicationFilter.None;

    /// <summary>True when a JvmRouteBinderValve is configured and enabled.</summary>
    public bool JvmRouteBinderEnabled { get; init; }

    public string SessionIdAttribute { get; init; } = "org.apache.catalina.ha.session.JvmRouteOriginalSessionID";

    public string? JvmRoute { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Tomcat: <c>Manager@processExpiresFrequency</c> (default 6) × <c>backgroundProcessorDelay</c> (10 s) = 60 s
    /// between expiry sweeps.
    /// </summary>
    public TimeSpan ExpiryInterval { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<IReplicatedManager> Managers => _managers;

    /// <summary>
    /// Clones the template for one context (Tomcat: <c>cloneFromTemplate</c>) and registers it for messages:
    /// a <see cref="BackupManager"/> when the template is one, else a <see cref="DeltaManager"/>.
    /// </summary>
    public ISessionManager CreateManager(string name, int? maxInactiveInterval = null)
    {
        IReplicatedManager manager;
        if (BackupTemplate is { } backup)
        {
            // Tomcat's map listens on the channel itself, with or without ClusterSessionListener (§2, §6).
            manager = new BackupManager(backup with { Name = name, MaxInactiveInterval = maxInactiveInterval ?? backup.MaxInactiveInterval },
                Replication, new SessionIdGenerator(16, JvmRoute), Time);
            SessionListener.Register(manager);
        }
        else
        {
            manager = new DeltaManager(ManagerTemplate with { Name = name, MaxInactiveInterval = maxInactiveInterval ?? ManagerTemplate.MaxInactiveInterval },
                Replication, new SessionIdGenerator(16, JvmRoute), Time);
            if (ReceivesSessionMessages)
                SessionListener.Register(manager);
        }

        _managers.Add(manager);
        return manager;
    }

    public JvmRouteBinder CreateBinder(ISessionManager manager) =>
        new(manager, JvmRoute) { Enabled = JvmRouteBinderEnabled, SessionIdAttribute = SessionIdAttribute };

    public async ValueTask StartAsync(CancellationToken cancellationToken = default)
    {
        await Channel.StartAsync(cancellationToken).ConfigureAwait(false);
        StartExpirySweep();
    }

    /// <summary>Runs every manager's expiry sweep each <see cref="ExpiryInterval"/> on the injected clock.</summary>
    public void StartExpirySweep() =>
        _expirySweep ??= Time.CreateTimer(_ => _ = SweepAsync(), null, ExpiryInterval, ExpiryInterval);

    public async ValueTask StopAsync(CancellationToken cancellationToken = default)
    {
        if (_expirySweep is not null)
            await _expirySweep.DisposeAsync().ConfigureAwait(false);
        _expirySweep = null;
        foreach (var manager in _managers)
            await manager.StopAsync(cancellationToken).ConfigureAwait(false);
        await Channel.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => StopAsync();

    private async Task SweepAsync()
    {
        foreach (var manager in _managers.ToArray())
            await manager.ProcessExpiresAsync().ConfigureAwait(false);
    }
}
