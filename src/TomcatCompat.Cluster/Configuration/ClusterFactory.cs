using System.Text.RegularExpressions;
using TomcatCompat.Cluster.Diagnostics;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using static TomcatCompat.Cluster.Configuration.SpecAttributes;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>
/// ClusterSpec → live channel and manager template. Everything the spec names that TomcatCompat
/// does not reproduce becomes a TC43xx diagnostic; start failures Tomcat would have (encryption
/// key, interceptor order, no local member) give an error and no runtime; the interceptor order
/// error is the front end's TC2420 when <see cref="ClusterBuildOptions.CheckedByFrontEnd"/>.
/// Nothing here opens a socket: <see cref="ClusterRuntime.StartAsync"/> does.
/// </summary>
internal sealed partial class ClusterFactory
{
    private readonly ClusterSpec _spec;
    private readonly ClusterBuildOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private bool _fatal;

    private ClusterFactory(ClusterSpec spec, ClusterBuildOptions options)
    {
        _spec = spec;
        _options = options;
    }

    public static ClusterBuildResult Build(ClusterSpec spec, ClusterBuildOptions? options = null)
    {
        var factory = new ClusterFactory(spec, options ?? new ClusterBuildOptions());
        var runtime = factory.BuildRuntime();
        return new ClusterBuildResult(factory._fatal ? null : runtime, factory._diagnostics.ToImmutable());
    }

    private ClusterRuntime BuildRuntime()
    {
        var cluster = new ComponentSpec { ClassName = _spec.ClassName, Kind = "SimpleTcpCluster", Attributes = _spec.Attributes, Source = _spec.Source };
        ReportNoEffect(cluster, "Cluster");
        var channelName = (String(cluster, "clusterName") is { Length: > 0 } n ? n : _options.ContainerName) + "-Channel";
        var channel = BuildChannel(channelName);
        var replication = new GroupChannelReplication(channel);
        var listener = new ClusterSessionListener(replication);
        channel.AddChannelListener(listener);
        channel.AddMembershipListener(listener);
        var (filter, binderEnabled, idAttribute) = BuildValves();
        return new ClusterRuntime
        {
            Channel = channel,
            Replication = replication,
            SessionListener = listener,
            ManagerTemplate = BuildManager(),
            BackupTemplate = _spec.Manager.Kind == "BackupManager" ? BuildBackupManager() : null,
            ReceivesSessionMessages = BuildListeners(),
            ReplicationFilter = filter,
            JvmRouteBinderEnabled = binderEnabled,
            SessionIdAttribute = idAttribute,
            JvmRoute = _options.JvmRoute,
            Time = _options.Time,
            ExpiryInterval = TimeSpan.FromSeconds(10 * Math.Max(1, SpecAttributes.Int(_spec.Manager, "processExpiresFrequency", 6))),
        };
    }

    private DeltaManagerOptions BuildManager()
    {
        var m = _spec.Manager;
        if (m.Kind is not ("DeltaManager" or "BackupManager"))
            _diagnostics.Add(ClusterDiagnostics.ManagerRunsAsDeltaManager, m.Source, m.Kind, "use DeltaManager or BackupManager");
        else
            ReportNoEffect(m, "Manager");

        var nameFilter = NameFilter(m);

        var size = Int(m, "sendAllSessionsSize", 1000);
        return new DeltaManagerOptions
        {
            ChannelSendOptions = (SendOptions)_spec.ChannelSendOptions,
            ExpireSessionsOnShutdown = Bool(m, "expireSessionsOnShutdown", false),
            NotifyListenersOnReplication = Bool(m, "notifyListenersOnReplication", true),
            NotifySessionListenersOnReplication = Bool(m, "notifySessionListenersOnReplication", true),
            StateTransferTimeout = Int(m, "stateTransferTimeout", 60),
            SendAllSessions = Bool(m, "sendAllSessions", true),
            SendAllSessionsSize = size > 0 ? size : 1000,
            SendAllSessionsWaitTime = Millis(m, "sendAllSessionsWaitTime", 2000),
            StateTimestampDrop = Bool(m, "stateTimestampDrop", true),
            MaxActiveSessions = Int(m, "maxActiveSessions", -1),
            RecordAllActions = Bool(m, "recordAllActions", false),
            SessionAttributeNameFilter = nameFilter,
            MaxInactiveInterval = _options.MaxInactiveInterval,
        };
    }

    private BackupManagerOptions BuildBackupManager()
    {
        var m = _spec.Manager;
        var mapOptions = Config.Tomcat.SendOptionsParser.Parse(String(m, "mapSendOptions"), Config.Tomcat.TomcatVersion.Default);
        return new BackupManagerOptions
        {
            MapSendOptions = mapOptions is { Stored: true, Value: > 0 and var v } ? (SendOptions)v : SendOptions.UseAck | SendOptions.SynchronizedAck,
            RpcTimeout = Millis(m, "rpcTimeout", 15000),
            AccessTimeout = Millis(m, "accessTimeout", 5000),
            TerminateOnStartFailure = Bool(m, "terminateOnStartFailure", false),
            NotifyListenersOnReplication = Bool(m, "notifyListenersOnReplication", true),
            MaxActiveSessions = Int(m, "maxActiveSessions", -1),
            RecordAllActions = Bool(m, "recordAllActions", false),
            SessionAttributeNameFilter = NameFilter(m, report: false),
            MaxInactiveInterval = _options.MaxInactiveInterval,
        };
    }

    /// <summary>Tomcat: <c>sessionAttributeNameFilter</c>, matched against the whole name; an invalid pattern is TC4315 (reported once).</summary>
    private Regex? NameFilter(ComponentSpec m, bool report = true)
    {
        if (String(m, "sessionAttributeNameFilter") is not { Length: > 0 } pattern)
            return null;
        try
        {
            return new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            if (report)
                _diagnostics.Add(ClusterDiagnostics.AttributeNameFilterInvalid, m.Source, pattern, e.Message);
            return null;
        }
    }

    private (ReplicationFilter Filter, bool BinderEnabled, string IdAttribute) BuildValves()
    {
        var filter = ReplicationFilter.None;
        var binder = false;
        var idAttribute = "org.apache.catalina.ha.session.JvmRouteOriginalSessionID";
        foreach (var valve in _spec.Valves)
        {
            switch (valve.Kind)
            {
                case "ReplicationValve":
                    ReportNoEffect(valve, "Valve");
                    filter = ReplicationFilter.Create(String(valve, "filter"), out var error);
                    if (error is not null)
                        _diagnostics.Add(ClusterDiagnostics.ReplicationFilterInvalid, valve.Source, String(valve, "filter"), error);
                    break;
                case "JvmRouteBinderValve":
                    binder = Bool(valve, "enabled", true);
                    idAttribute = String(valve, "sessionIdAttribute") ?? idAttribute;
                    break;
            }
        }

        return (filter, binder, idAttribute);
    }

    /// <summary>Reports listeners TomcatCompat does not run; false when no ClusterSessionListener feeds a DeltaManager.</summary>
    private bool BuildListeners()
    {
        var hasSessionListener = false;
        foreach (var l in _spec.ClusterListeners)
        {
            if (l.Kind == "ClusterSessionListener")
                hasSessionListener = true;
            else
                _diagnostics.Add(ClusterDiagnostics.ListenerNotRun, l.Source, "ClusterListener", l.ClassName, "messages it would handle are ignored");
        }

        foreach (var l in _spec.Listeners)
            _diagnostics.Add(ClusterDiagnostics.ListenerNotRun, l.Source, "Listener", l.ClassName, "cluster lifecycle events are not published");
        foreach (var l in _spec.Channel.MembershipListeners)
            _diagnostics.Add(ClusterDiagnostics.ListenerNotRun, l.Source, "MembershipListener", l.ClassName, "membership events reach only the session manager");
        foreach (var l in _spec.Channel.ChannelListeners)
            _diagnostics.Add(ClusterDiagnostics.ListenerNotRun, l.Source, "ChannelListener", l.ClassName, "channel messages reach only the session manager");
        if (!hasSessionListener && _spec.Manager.Kind == "DeltaManager")
            _diagnostics.Add(ClusterDiagnostics.NoClusterSessionListener, _spec.ClusterListeners.FirstOrDefault()?.Source ?? _spec.Source);

        // A BackupManager hears the channel through its own map, so Tomcat adds no ClusterSessionListener for it (§2).
        return hasSessionListener || _spec.Manager.Kind != "DeltaManager";
    }

    private void ReportNoEffect(ComponentSpec c, string element)
    {
        if (!NoEffectAttributes.ByKind.TryGetValue(c.Kind, out var table))
            return;
        foreach (var (name, defaultValue, why) in table)
        {
            if (Differs(c, name, defaultValue, out var value))
                _diagnostics.Add(ClusterDiagnostics.AttributeWithoutEffect, c.Source, element, name, value, why);
        }
    }

    private void Fail(DiagnosticDescriptor descriptor, Config.Text.SourceSpan at, params object?[] args)
    {
        _diagnostics.Add(descriptor, at, args);
        _fatal = true;
    }

    // The front end reports the same finding under its own code (TC2420 for TC4305), visible to
    // import and lint; saying it twice in one run would only add noise. The build still fails.
    private void FailUnlessFrontEndReported(DiagnosticDescriptor descriptor, Config.Text.SourceSpan at)
    {
        if (_options.CheckedByFrontEnd)
            _fatal = true;
        else
            Fail(descriptor, at);
    }
}
