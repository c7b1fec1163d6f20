namespace TomcatCompat.Config.Tomcat;

// server.xml outside the cluster (tomcat-cluster.md §16). These tables are partial: Tomcat
// has many more setters here (and Connector forwards unknown names to its protocol handler),
// so an attribute outside them is only an info.
public static partial class AttributeTable
{
    /// <summary>Pseudo-kind for <c>&lt;Connector&gt;</c>, which has no className.</summary>
    public const string ConnectorKind = "Connector";

    private static IEnumerable<KeyValuePair<string, AttributeSet>> ServerSets() =>
    [
        Partial("StandardServer",
            [I("port", "8005"), S("address", "localhost"), S("shutdown", "SHUTDOWN"), I("portOffset", "0"),
             I("utilityThreads", "2"), B("utilityThreadsAsDaemon", "false"), I("periodicEventDelay", "10")]),
        Partial("StandardService", [S("name"), L("gracefulStopAwaitMillis", "0")]),
        Partial("StandardThreadExecutor",
            [S("name"), S("namePrefix"), I("maxThreads", "200"), I("minSpareThreads", "25"), I("maxIdleTime", "60000"),
             I("maxQueueSize"), B("prestartminSpareThreads"), I("threadPriority"), B("daemon")]),
        Partial("StandardEngine",
            [S("name"), S("defaultHost"), S("jvmRoute"), I("backgroundProcessorDelay", "10"), I("startStopThreads", "1")]),
        Partial("StandardHost",
            [S("name"), S("appBase", "webapps"), S("xmlBase"), B("unpackWARs", "true"), B("autoDeploy", "true"),
             B("deployOnStartup", "true"), B("deployXML", "true"), B("copyXML", "false"), S("deployIgnore"),
             B("createDirs", "true"), S("workDir"), S("errorReportValveClass"), I("backgroundProcessorDelay"),
             I("startStopThreads")]),
        Partial("StandardContext",
            [S("path"), S("docBase"), B("distributable", "false"), B("cookies", "true"), S("sessionCookieName"),
             S("sessionCookiePath"), S("sessionCookieDomain"), B("useHttpOnly", "true"),
             B("sessionCookiePathUsesTrailingSlash", "false"), B("usePartitioned"), B("crossContext", "false"),
             B("reloadable", "false"), B("privileged", "false"), B("override", "false"),
             I("backgroundProcessorDelay", "-1"), S("source"), B("antiResourceLocking"), S("workDir"),
             B("swallowOutput"), S("altDDName"), B("useNaming")]),
        Partial("AccessLogValve", ValveBase,
            [S("directory", "logs"), S("prefix", "access_log"), S("suffix", ""), S("fileDateFormat", ".yyyy-MM-dd"),
             B("rotatable", "true"), B("renameOnRotate", "false"), S("pattern"), B("buffered", "true"), S("encoding"),
             I("maxDays", "-1"), B("requestAttributesEnabled", "false"), S("conditionIf"), S("conditionUnless"),
             S("condition"), S("locale"), B("enabled", "true"), B("checkExists", "false"), B("ipv6Canonical")]),
        Partial(ConnectorKind,
            [I("port"), S("address"), S("protocol"), I("redirectPort"), I("connectionTimeout"), I("keepAliveTimeout"),
             I("maxThreads"), I("minSpareThreads"), S("executor"), I("acceptCount"), I("maxConnections"),
             B("enableLookups"), S("URIEncoding"), S("scheme"), B("secure"), S("proxyName"), I("proxyPort"),
             I("maxPostSize"), I("maxParameterCount"), B("SSLEnabled"), I("maxHttpHeaderSize"),
             I("maxKeepAliveRequests"), S("compression"), S("server"), B("xpoweredBy"), B("allowTrace"),
             B("bindOnInit"), S("secret"), B("secretRequired"), Alias(S("requiredSecret"), "secret"),
             S("allowedRequestAttributesPattern"), I("packetSize"), B("tomcatAuthentication"),
             B("tomcatAuthorization"), B("ajpFlush"), S("relaxedPathChars"), S("relaxedQueryChars"),
             B("useIPVHosts"), S("sslImplementationName"), I("portOffset"), B("useBodyEncodingForURI"),
             S("compressibleMimeType"), I("compressionMinSize"), I("maxSwallowSize"), I("connectionUploadTimeout"),
             B("disableUploadTimeout"), B("rejectIllegalHeader"), S("parseBodyMethods"), I("socket.soTimeout")]),
    ];
}
