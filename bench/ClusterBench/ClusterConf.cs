using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ClusterBench;

/// <summary>Writes one server.xml per node: static membership of every node on loopback (free ports from the OS).</summary>
public static class ClusterConf
{
    /// <summary>Writes <c>dir/nodeK/conf/server.xml</c> for K = 1..n and returns their paths.</summary>
    /// <param name="manager">"delta" or "backup".</param>
    /// <param name="sendOptions">channelSendOptions / mapSendOptions, e.g. 6 (sync ack) or 8/10 (async).</param>
    public static IReadOnlyList<string> Write(string dir, int n, string manager, int sendOptions)
    {
        var ports = Enumerable.Range(0, n).Select(_ => FreePort()).ToArray();
        var paths = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var conf = Path.Combine(dir, "node" + (i + 1).ToString(CultureInfo.InvariantCulture), "conf");
            Directory.CreateDirectory(conf);
            var path = Path.Combine(conf, "server.xml");
            File.WriteAllText(path, Xml("node" + (i + 1).ToString(CultureInfo.InvariantCulture), ports, i, manager, sendOptions));
            paths.Add(path);
        }

        return paths;
    }

    public static string Xml(string route, int[] ports, int index, string manager, int sendOptions, string? membership = null)
    {
        var managerXml = manager == "backup"
            ? $"<Manager className=\"org.apache.catalina.ha.session.BackupManager\" mapSendOptions=\"{sendOptions}\"/>"
            : "<Manager className=\"org.apache.catalina.ha.session.DeltaManager\"/>";
        var members = string.Concat(ports.Select((p, i) =>
            $"<Member className=\"org.apache.catalina.tribes.membership.StaticMember\" host=\"127.0.0.1\" port=\"{p}\" uniqueId=\"{{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,{i + 1}}}\"/>"));
        membership ??= $"<Membership className=\"org.apache.catalina.tribes.membership.StaticMembershipService\">{members}</Membership>";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="{route}">
                  <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="{sendOptions}">
                    {managerXml}
                    <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                      {membership}
                      <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="127.0.0.1" port="{ports[index].ToString(CultureInfo.InvariantCulture)}" autoBind="1"/>
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>
                    </Channel>
                    <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
                    <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
                    <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
                  </Cluster>
                  <Host name="localhost" appBase="webapps"/>
                </Engine>
              </Service>
            </Server>
            """;
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
