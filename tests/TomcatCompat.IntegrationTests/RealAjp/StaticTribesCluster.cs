using System.Diagnostics;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// What the two-node AJP fixtures share: the <c>&lt;Cluster&gt;</c> element of node <c>i</c> (DeltaManager,
/// StaticMembershipService over loopback receivers, ReplicationValve + JvmRouteBinderValve; channelSendOptions="6"
/// waits for the peer's ack so a replica is in place before a kill -9, tomcat-cluster.md) and stopping the
/// processes a fixture started, by their PIDs.
/// </summary>
internal static class StaticTribesCluster
{
    private const string Tribes = "org.apache.catalina.tribes.";

    public static string Xml(IReadOnlyList<int> receiverPorts, int i)
    {
        var members = string.Concat(receiverPorts.Select((p, j) =>
            $"<Member className=\"{Tribes}membership.StaticMember\" host=\"127.0.0.1\" port=\"{p}\" uniqueId=\"{{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,{j + 1}}}\"/>"));
        return $"""
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="6">
              <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false"/>
              <Channel className="{Tribes}group.GroupChannel">
                <Membership className="{Tribes}membership.StaticMembershipService">{members}</Membership>
                <Receiver className="{Tribes}transport.nio.NioReceiver" address="127.0.0.1" port="{receiverPorts[i]}" autoBind="1"/>
                <Sender className="{Tribes}transport.ReplicationTransmitter"><Transport className="{Tribes}transport.nio.PooledParallelSender"/></Sender>
                <Interceptor className="{Tribes}group.interceptors.TcpFailureDetector"/>
                <Interceptor className="{Tribes}group.interceptors.MessageDispatchInterceptor"/>
              </Channel>
              <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
              <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
              <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
            </Cluster>
            """;
    }

    /// <summary>Kills every started process (its tree) by PID, then removes the fixture's temp directory.</summary>
    public static void Stop(IEnumerable<Process?> processes, string root)
    {
        foreach (var p in processes)
        {
            if (p is null)
                continue;
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit(10_000);
            }

            p.Dispose();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test on cleanup.
        }
    }
}
