using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Node.Tests;

/// <summary>A temporary CATALINA_BASE pair on loopback: free ports, static membership, the distributable test webapp.</summary>
internal sealed class NodeTree : IDisposable
{
    public NodeTree(int nodes = 2)
    {
        Root = Path.Combine(Path.GetTempPath(), "tc-node-" + Guid.NewGuid().ToString("N"));
        HttpPorts = [.. Enumerable.Range(0, nodes).Select(_ => FreePort())];
        ReceiverPorts = [.. Enumerable.Range(0, nodes).Select(_ => FreePort())];
        for (var i = 0; i < nodes; i++)
        {
            var dir = Path.Combine(Root, "node" + (i + 1).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.Combine(dir, "conf"));
            Directory.CreateDirectory(Path.Combine(dir, "webapps", "test", "WEB-INF"));
            File.WriteAllText(Path.Combine(dir, "conf", "server.xml"), ServerXml(i));
            File.WriteAllText(Path.Combine(dir, "webapps", "test", "WEB-INF", "web.xml"),
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"><distributable/></web-app>");
            File.WriteAllText(Path.Combine(dir, "webapps", "test", "index.jsp"), "<%= session.getId() %>");
        }
    }

    public string Root { get; }

    public int[] HttpPorts { get; }

    public int[] ReceiverPorts { get; }

    public Topology Import() => TopologyBuilder.Build(new ImportRequest { Paths = [Root] }, PhysicalFileSystem.Instance);

    public NodeHostOptions Options => new() { ContentRoot = Root };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string ServerXml(int i)
    {
        const string Tribes = "org.apache.catalina.tribes.";
        var members = string.Concat(ReceiverPorts.Select((p, j) =>
            $"<Member className=\"{Tribes}membership.StaticMember\" host=\"127.0.0.1\" port=\"{p}\" uniqueId=\"{{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,{j + 1}}}\"/>"));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{HttpPorts[i]}" protocol="HTTP/1.1"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat{i + 1}">
                  <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="6">
                    <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false"/>
                    <Channel className="{Tribes}group.GroupChannel">
                      <Membership className="{Tribes}membership.StaticMembershipService">{members}</Membership>
                      <Receiver className="{Tribes}transport.nio.NioReceiver" address="127.0.0.1" port="{ReceiverPorts[i]}" autoBind="1"/>
                      <Sender className="{Tribes}transport.ReplicationTransmitter"><Transport className="{Tribes}transport.nio.PooledParallelSender"/></Sender>
                      <Interceptor className="{Tribes}group.interceptors.TcpFailureDetector"/>
                      <Interceptor className="{Tribes}group.interceptors.MessageDispatchInterceptor"/>
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
}
