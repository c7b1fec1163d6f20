using System.Globalization;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The files of the real seed stack (Tomcat 10.1 adaptation of the seed, as shared/real-cluster sets it up):
/// server.xml with the seed's Cluster (DeltaManager expireSessionsOnShutdown=false, NioReceiver,
/// PooledParallelSender, TcpFailureDetector, MessageDispatchInterceptor, ReplicationValve filter="",
/// JvmRouteBinderValve, ClusterSessionListener) and static membership on 127.0.0.1, the session test
/// JSPs, and httpd's balancer over the Tomcats' HTTP connectors.
/// </summary>
internal static class RealSeedFiles
{
    public static string ServerXml(string route, int http, int shutdown, int receiver, int peerReceiver, int channelSendOptions)
    {
        string Member(int port, int id) =>
            "<Member className=\"org.apache.catalina.tribes.membership.StaticMember\" host=\"127.0.0.1\" port=\"" + port.ToString(CultureInfo.InvariantCulture) +
            "\" uniqueId=\"{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0," + id.ToString(CultureInfo.InvariantCulture) + "}\"/>";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="{shutdown}" address="127.0.0.1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{http}" protocol="HTTP/1.1" connectionTimeout="20000"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="{route}">
                  <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="{channelSendOptions.ToString(CultureInfo.InvariantCulture)}">
                    <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
                    <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                      <Membership className="org.apache.catalina.tribes.membership.StaticMembershipService">
                        {Member(Math.Min(receiver, peerReceiver), 1)}
                        {Member(Math.Max(receiver, peerReceiver), 2)}
                      </Membership>
                      <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="127.0.0.1" port="{receiver}" autoBind="0" selectorTimeout="5000" maxThreads="6"/>
                      <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
                        <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
                      </Sender>
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor"/>
                    </Channel>
                    <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
                    <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
                    <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
                  </Cluster>
                  <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
                </Engine>
              </Service>
            </Server>
            """;
    }

    public const string WebXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
          <distributable/>
        </web-app>
        """;

    /// <summary>Increments the session's counter on every request (a replicated write) and prints key=value lines.</summary>
    public const string IndexJsp = """
        <%@ page contentType="text/plain; charset=UTF-8" session="true" %><%
            String node = System.getProperty("tomcat.node");
            Integer counter = (Integer) session.getAttribute("counter");
            counter = counter == null ? Integer.valueOf(1) : Integer.valueOf(counter.intValue() + 1);
            session.setAttribute("counter", counter);
            if (session.getAttribute("createdOn") == null) session.setAttribute("createdOn", node);
        %>node=<%= node %>
        sessionId=<%= session.getId() %>
        counter=<%= counter %>
        createdOn=<%= session.getAttribute("createdOn") %>

        """;

    /// <summary>Reads the session without creating or writing it.</summary>
    public const string ReadJsp = """
        <%@ page contentType="text/plain; charset=UTF-8" session="false" %><%
            jakarta.servlet.http.HttpSession s = request.getSession(false);
        %>node=<%= System.getProperty("tomcat.node") %>
        sessionFound=<%= s != null %>
        sessionId=<%= s == null ? "" : s.getId() %>
        counter=<%= s == null ? "" : s.getAttribute("counter") %>

        """;

    /// <summary>httpd's seed balancer with http:// members (the AJP variant needs the node's AJP connector).</summary>
    public static string HttpdBody(int tomcat1, int tomcat2) => $"""
        <Proxy "balancer://tccluster">
            BalancerMember "http://127.0.0.1:{tomcat1}" route=tomcat1
            BalancerMember "http://127.0.0.1:{tomcat2}" route=tomcat2
            ProxySet stickysession=JSESSIONID|jsessionid lbmethod=byrequests
        </Proxy>
        ProxyPass "/test" "balancer://tccluster/test"
        ProxyPassReverse "/test" "balancer://tccluster/test"

        """;
}
