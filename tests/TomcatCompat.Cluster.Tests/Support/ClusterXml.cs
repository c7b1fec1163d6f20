using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>Reads a <c>&lt;Cluster&gt;</c> through the real Tomcat front end, from an in-memory server.xml.</summary>
internal static class ClusterXml
{
    public const string Tribes = "org.apache.catalina.tribes.";

    public static string Interceptor(string simpleName, string attributes = "") =>
        $"""<Interceptor className="{Tribes}group.interceptors.{simpleName}" {attributes}/>""";

    public static string Member(int port, int id) =>
        "<Member className=\"" + Tribes + "membership.StaticMember\" host=\"127.0.0.1\" port=\"" + port.ToString(CultureInfo.InvariantCulture) +
        "\" uniqueId=\"{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0," + id.ToString(CultureInfo.InvariantCulture) + "}\"/>";

    /// <summary>The anchor cluster of shared/real-cluster (Tomcat 10.1 form) with the given ports.</summary>
    public static string Seed(int receiverPort, int[] memberPorts, string interceptors = "", string managerAttributes = "", string extra = "") => $"""
        <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
          <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true" {managerAttributes}/>
          <Channel className="{Tribes}group.GroupChannel">
            <Membership className="{Tribes}membership.StaticMembershipService">
              {string.Concat(memberPorts.Select((p, i) => Member(p, i + 1)))}
            </Membership>
            <Receiver className="{Tribes}transport.nio.NioReceiver" address="127.0.0.1" port="{receiverPort.ToString(CultureInfo.InvariantCulture)}" autoBind="1" selectorTimeout="5000" maxThreads="6"/>
            <Sender className="{Tribes}transport.ReplicationTransmitter">
              <Transport className="{Tribes}transport.nio.PooledParallelSender"/>
            </Sender>
            {(interceptors.Length > 0 ? interceptors : Interceptor("TcpFailureDetector") + Interceptor("MessageDispatchInterceptor"))}
          </Channel>
          <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
          <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
          <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
          {extra}
        </Cluster>
        """;

    public static ClusterSpec Read(string clusterXml, string jvmRoute = "node1") => Read(clusterXml, out _, jvmRoute);

    /// <summary>As <see cref="Read(string, string)"/>, keeping what the front end reported (import and lint show it).</summary>
    public static ClusterSpec Read(string clusterXml, out System.Collections.Immutable.ImmutableArray<Diagnostic> frontEnd, string jvmRoute = "node1")
    {
        var server = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="8005" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="{jvmRoute}">
                  {clusterXml}
                  <Host name="localhost" appBase="webapps"/>
                </Engine>
              </Service>
            </Server>
            """;
        var files = new InMemoryFileSystem().Add("/root/node1/conf/server.xml", server);
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(new SourceReader(files, "/root"), "/root/node1/conf/server.xml", new TomcatOptions(), bag);
        frontEnd = bag.ToImmutable();
        if (node is null)
            throw new InvalidOperationException("server.xml did not read: " + string.Join("; ", frontEnd));
        return node.Cluster ?? throw new InvalidOperationException("no cluster: " + string.Join("; ", bag.ToImmutable()));
    }
}
