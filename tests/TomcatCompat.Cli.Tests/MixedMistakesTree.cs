namespace TomcatCompat.Cli.Tests;

/// <summary>
/// The scenario of the lint issue: one httpd.conf, two nodes and a web.xml with a dozen typical
/// mistakes, each of which lint must report at its own file and line in one run.
/// </summary>
internal static class MixedMistakesTree
{
    public const string HttpdConf = """
        LoadModule mpm_event_module modules/mod_mpm_event.so
        LoadModule authz_core_module modules/mod_authz_core.so
        LoadModule proxy_module modules/mod_proxy.so
        LoadModule proxy_ajp_module modules/mod_proxy_ajp.so
        LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
        LoadModule slotmem_shm_module modules/mod_slotmem_shm.so
        LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so
        Listen 80
        ProxyTimeuot 30
        <Proxy balancer://cluster>
            BalancerMember ajp://127.0.0.1:8009 route=node1 secret=s3cret
            BalancerMember ajp://127.0.0.1:8010 route=node2 secret=wrong
            BalancerMember ajp://127.0.0.1:8012 route=node3 secret=s3cret
            ProxySet stickysession=JSESSIONID|jsessionid
        </Proxy>
        ProxyPass /balancer-manager !
        ProxyPass / balancer://cluster/
        ProxyPassReverse / balancer://cluster/
        ProxyPass /static !
        <Location /balancer-manager>
            SetHandler balancer-manager
        </Location>

        """;

    public const string Tomcat1ServerXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8080" protocol="HTTP/1.1" connectionTimout="20000"/>
            <Connector port="8009" protocol="AJP/1.3" address="127.0.0.1" secret="s3cret"/>
            <Engine name="Catalina" defaultHost="localhost" jvmRoute="node1">
              <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
                <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                  <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor"/>
                </Channel>
              </Cluster>
              <Host name="localhost" appBase="webapps"/>
            </Engine>
          </Service>
        </Server>

        """;

    public const string Tomcat2ServerXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8081" protocol="HTTP/1.1"/>
            <Connector port="8010" protocol="AJP/1.3" address="127.0.0.1" secret="s3cret"/>
            <Connector port="8011" protocol="AJP/1.3" address="127.0.0.1"/>
            <Engine name="Catalina" defaultHost="localhost" jvmRoute="node2">
              <Host name="localhost" appBase="webapps"/>
            </Engine>
          </Service>
        </Server>

        """;

    public const string WebXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
          <display-name>app</display-name>
          <distributible/>
          <session-config>
            <session-timeout>-1</session-timeout>
          </session-config>
        </web-app>

        """;

    /// <summary>(code, file, line) of every finding, as lint must report them.</summary>
    public static readonly (string Code, string File, int Line)[] Expected =
    [
        ("TC2000", "httpd/httpd.conf", 9), // typo'd directive ProxyTimeuot
        ("TC3100", "httpd/httpd.conf", 12), // member secret differs from the AJP Connector's
        ("TC3001", "httpd/httpd.conf", 13), // route=node3 matches no jvmRoute
        ("TC2150", "httpd/httpd.conf", 19), // ProxyPass /static ! after ProxyPass /
        ("TC2156", "httpd/httpd.conf", 21), // balancer-manager without Require
        ("TC2401", "tomcat1/conf/server.xml", 4), // typo'd attribute connectionTimout
        ("TC2551", "tomcat1/conf/server.xml", 7), // implicit Receiver address auto
        ("TC3109", "tomcat1/conf/server.xml", 7), // <Cluster> but no distributable webapp
        ("TC2405", "tomcat1/conf/server.xml", 9), // class removed in Tomcat 8.5
        ("TC2652", "tomcat1/webapps/app/WEB-INF/web.xml", 4), // <distributible/> typo
        ("TC2650", "tomcat1/webapps/app/WEB-INF/web.xml", 6), // session-timeout -1
        ("TC3102", "tomcat2/conf/server.xml", 2), // shutdown port 8005 on both nodes
        ("TC2415", "tomcat2/conf/server.xml", 6), // AJP connector without secret
    ];

    public static TempTree Create() => new TempTree()
        .Add("httpd/httpd.conf", HttpdConf)
        .Add("tomcat1/conf/server.xml", Tomcat1ServerXml)
        .Add("tomcat2/conf/server.xml", Tomcat2ServerXml)
        .Add("tomcat1/webapps/app/WEB-INF/web.xml", WebXml);
}
