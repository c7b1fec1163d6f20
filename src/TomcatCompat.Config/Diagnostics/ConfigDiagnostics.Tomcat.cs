namespace TomcatCompat.Config.Diagnostics;

// Tomcat front end: TC1400–1499 XML syntax, TC2400–2599 server.xml/context.xml meaning,
// TC2600–2699 web.xml meaning, TC4200–4299 Tomcat features the emulator does not reproduce
// (TC4300–4399 is the Cluster project's, for what its factory finds at run time).
// Secrets (AJP secret, encryptionKey, Server shutdown) never appear in these messages.
public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor XmlMalformed = new(
        "TC1400", DiagnosticSeverity.Error, "Malformed XML",
        "\"{0}\" is not well-formed XML: {1}; Tomcat refuses such a file (server.xml: no start; web.xml/context.xml: the app is unavailable), fix the markup");

    public static readonly DiagnosticDescriptor XmlWrongRoot = new(
        "TC1401", DiagnosticSeverity.Error, "Wrong root element",
        "the root element of \"{0}\" is <{1}>, but a {2} must start with <{3}>; point at the right file or fix the root element");

    public static readonly DiagnosticDescriptor PropertiesMalformed = new(
        "TC1402", DiagnosticSeverity.Warning, "Malformed properties file",
        "\"{0}\" has a malformed \\uXXXX escape; Java's Properties.load rejects it, so Tomcat ignores the whole file; fix the escape");

    public static readonly DiagnosticDescriptor UnknownAttribute = new(
        "TC2400", DiagnosticSeverity.Warning, "Unknown attribute",
        "<{0}> attribute \"{1}\" is not a property of {2}; Tomcat warns \"failed to set property\" and ignores it{3}");

    public static readonly DiagnosticDescriptor UnlistedAttribute = new(
        "TC2401", DiagnosticSeverity.Info, "Attribute not in TomcatCompat's table",
        "<{0}> attribute \"{1}\" is not in TomcatCompat's table for {2}; it is kept as written, check its spelling against the Tomcat docs{3}");

    public static readonly DiagnosticDescriptor UnknownElement = new(
        "TC2402", DiagnosticSeverity.Warning, "Unknown element",
        "<{0}> is not recognised at [{1}]; Tomcat warns \"No rules found matching\" and ignores it with all its children; move or remove it");

    public static readonly DiagnosticDescriptor MissingClassName = new(
        "TC2403", DiagnosticSeverity.Error, "Missing className",
        "<{0}> at [{1}] has no className, which Tomcat requires here (\"No class name specified\"): Tomcat refuses to start; add className=\"{2}\"");

    public static readonly DiagnosticDescriptor UnknownClass = new(
        "TC2404", DiagnosticSeverity.Error, "Unknown class",
        "<{0}> className \"{1}\" is not a Tomcat class (ClassNotFoundException): Tomcat refuses to start; check the spelling");

    public static readonly DiagnosticDescriptor ClassNotInVersion = new(
        "TC2405", DiagnosticSeverity.Error, "Class not available in this Tomcat version",
        "<{0}> className \"{1}\" does not exist in Tomcat {2} ({3}): Tomcat {2} would refuse to start; {4}");

    public static readonly DiagnosticDescriptor LegacyClassAliased = new(
        "TC2406", DiagnosticSeverity.Warning, "Legacy class read as its successor",
        "<{0}> className \"{1}\" does not exist in Tomcat {2} ({3}): Tomcat {2} would refuse to start; {4}");

    public static readonly DiagnosticDescriptor WrongClassForSlot = new(
        "TC2407", DiagnosticSeverity.Error, "Wrong class for this element",
        "<{0}> at [{1}] names {2}, which is not a {3} (\"argument type mismatch\"): Tomcat refuses to start; use a {3} class");

    public static readonly DiagnosticDescriptor BadInteger = new(
        "TC2408", DiagnosticSeverity.Warning, "Not a decimal integer",
        "<{0}> attribute \"{1}\" value \"{2}\" is not a decimal integer (no spaces, no hex); Tomcat warns and keeps the default {3}; write digits only");

    public static readonly DiagnosticDescriptor BadBoolean = new(
        "TC2409", DiagnosticSeverity.Warning, "Not true or false",
        "<{0}> attribute \"{1}\" value \"{2}\" is read by Tomcat as false (only \"true\" is true); write true or false");

    public static readonly DiagnosticDescriptor InvalidSendOptions = new(
        "TC2410", DiagnosticSeverity.Warning, "Invalid send options",
        "<{0}> {1}=\"{2}\" is not valid ({3}); Tomcat warns and keeps the default {4}; use a number or comma-separated lower-case names such as \"async\" or \"use_ack,sync\"");

    public static readonly DiagnosticDescriptor SendOptionsNotPositive = new(
        "TC2411", DiagnosticSeverity.Warning, "Send options ignored",
        "<{0}> {1}=\"{2}\" gives {3}, and Tomcat only stores values above 0, so the default {4} stays; remove it or give the flags you want");

    public static readonly DiagnosticDescriptor PortOutOfRange = new(
        "TC2412", DiagnosticSeverity.Error, "Port out of range",
        "<{0}> {1}=\"{2}\" is not a port between {3} and 65535; the component cannot bind, pick a valid port");

    public static readonly DiagnosticDescriptor FarmWarDeployerAtEngine = new(
        "TC2413", DiagnosticSeverity.Warning, "FarmWarDeployer in an Engine-level Cluster",
        "<Deployer> FarmWarDeployer sits in an Engine-level <Cluster>; Tomcat logs \"FarmWarDeployer can only work as host cluster subelement!\" and leaves it inactive; move the <Cluster> into a <Host> or remove the <Deployer>");

    public static readonly DiagnosticDescriptor ClusterMisplaced = new(
        "TC2414", DiagnosticSeverity.Warning, "Cluster in a wrong place",
        "<Cluster> at [{0}] is ignored by Tomcat (\"No rules found\"); a Cluster belongs directly in <Engine> or <Host>");

    public static readonly DiagnosticDescriptor AjpSecretMissing = new(
        "TC2415", DiagnosticSeverity.Error, "AJP connector without secret",
        "AJP <Connector port=\"{0}\"> has secretRequired=\"true\" but no secret; Tomcat (9.0.31+) refuses to start this connector; set secret=\"...\" (and the same secret on the httpd/mod_jk worker) or secretRequired=\"false\"");

    public static readonly DiagnosticDescriptor AjpSecretMissingUnversioned = new(
        "TC2433", DiagnosticSeverity.Warning, "AJP connector without secret (version not given)",
        "AJP <Connector port=\"{0}\"> has no secret; Tomcat 9.0.31 and later refuse to start it because secretRequired defaults to true; set secret=\"...\" (and the same secret on the httpd/mod_jk worker) or secretRequired=\"false\", or pass --tomcat-version for an exact verdict");

    public static readonly DiagnosticDescriptor StaticMembershipStartOptions = new(
        "TC2416", DiagnosticSeverity.Error, "StaticMembershipService needs channelStartOptions 15",
        "<Cluster> channelStartOptions=\"{0}\" with StaticMembershipService: the membership service never starts, so no member is ever seen; use channelStartOptions=\"15\" (the default)");

    public static readonly DiagnosticDescriptor ThreadPoolTrap = new(
        "TC2417", DiagnosticSeverity.Error, "Thread pool maximum below its core size",
        "<{0}> {1}=\"{2}\" is below {3}=\"{4}\"; the thread pool refuses it and the cluster fails to start, so Tomcat does not start; raise {1} to at least {4}");

    public static readonly DiagnosticDescriptor UndefinedProperty = new(
        "TC2418", DiagnosticSeverity.Warning, "Undefined ${property}",
        "\"${{{0}}}\" is not defined (in catalina.properties or --property); Tomcat keeps the text literally; define it or use ${{{0}:-default}}");

    public static readonly DiagnosticDescriptor PropertyLoop = new(
        "TC2419", DiagnosticSeverity.Warning, "Property substitution does not settle",
        "\"{0}\" still changes after 20 rounds of ${{...}} substitution (a property refers to itself); Tomcat stops there, break the cycle");

    public static readonly DiagnosticDescriptor EncryptBelowFailureDetector = new(
        "TC2420", DiagnosticSeverity.Error, "EncryptInterceptor after TcpFailureDetector",
        "EncryptInterceptor is listed after TcpFailureDetector; Tomcat refuses to start the channel (\"EncryptInterceptor must be upstream of TcpFailureDetector\"); move it before TcpFailureDetector");

    public static readonly DiagnosticDescriptor NoAdderForChild = new(
        "TC2421", DiagnosticSeverity.Error, "Nested element not accepted by its parent",
        "<{0}> inside {1} is not accepted (\"Cannot find method\"): Tomcat refuses to start; {2}");

    public static readonly DiagnosticDescriptor NonClusterValveDropped = new(
        "TC2422", DiagnosticSeverity.Warning, "Valve in Cluster silently dropped",
        "<Valve> {0} inside <Cluster> is not a ClusterValve; Tomcat accepts it and then drops it without a word; move it to the <Engine>/<Host>");

    public static readonly DiagnosticDescriptor ValueRejected = new(
        "TC2423", DiagnosticSeverity.Warning, "Value rejected by Tomcat",
        "<{0}> attribute \"{1}\" value \"{2}\" is rejected by Tomcat ({3}); it warns and keeps {4}");

    public static readonly DiagnosticDescriptor MissingAttribute = new(
        "TC2424", DiagnosticSeverity.Error, "Required attribute missing",
        "<{0}> has no {1}, which {2}; add {1}=\"...\"");

    public static readonly DiagnosticDescriptor DuplicateElement = new(
        "TC2425", DiagnosticSeverity.Warning, "Element given twice",
        "<{0}> appears again at [{1}]; Tomcat keeps only the last one; remove the duplicate");

    public static readonly DiagnosticDescriptor UnknownDefaultHost = new(
        "TC2426", DiagnosticSeverity.Warning, "defaultHost names no Host",
        "<Engine defaultHost=\"{0}\"> names no <Host>; Tomcat warns it cannot serve requests without a Host header; set defaultHost to one of: {1}");

    public static readonly DiagnosticDescriptor UnknownProtocol = new(
        "TC2427", DiagnosticSeverity.Error, "Unknown Connector protocol",
        "<Connector> protocol=\"{0}\" is neither HTTP/1.1, AJP/1.3 nor a Tomcat {1} protocol class; this connector fails to start (Tomcat runs on without it); use HTTP/1.1 or AJP/1.3");

    public static readonly DiagnosticDescriptor UnknownExecutor = new(
        "TC2428", DiagnosticSeverity.Warning, "Executor not found",
        "<Connector> executor=\"{0}\" names no <Executor> of this <Service>; Tomcat silently uses the connector's own pool; declare the Executor or fix the name");

    public static readonly DiagnosticDescriptor BadTomcatVersion = new(
        "TC2429", DiagnosticSeverity.Warning, "Unrecognised --tomcat-version",
        "--tomcat-version \"{0}\" is not a Tomcat version such as 9.0 or 10.1.60; 10.1 is assumed");

    public static readonly DiagnosticDescriptor BadStaticMemberBytes = new(
        "TC2430", DiagnosticSeverity.Warning, "Malformed byte list",
        "<{0}> {1}=\"{2}\" must be {3} comma-separated values -128..127 in {{...}} without spaces; Tomcat warns and keeps the default");

    public static readonly DiagnosticDescriptor SendOptionsNamesTooOld = new(
        "TC2431", DiagnosticSeverity.Warning, "Send option names need Tomcat 9",
        "<{0}> {1}=\"{2}\" uses names, which Tomcat {3} does not accept (only 9.0.0-M23+); it warns and keeps the default {4}; write the number {5}");

    public static readonly DiagnosticDescriptor NoEngine = new(
        "TC2432", DiagnosticSeverity.Error, "Service without Engine",
        "<Service> has no <Engine>; the node cannot serve any request; add <Engine name=\"Catalina\" defaultHost=\"localhost\">");

    public static readonly DiagnosticDescriptor SessionTimeoutInvalid = new(
        "TC2600", DiagnosticSeverity.Error, "session-timeout is not an integer",
        "<session-timeout> \"{0}\" is not a whole number of minutes; Tomcat fails to parse this web.xml and marks the application unavailable; write minutes as digits");

    public static readonly DiagnosticDescriptor TrackingModeInvalid = new(
        "TC2601", DiagnosticSeverity.Error, "Invalid tracking-mode",
        "<tracking-mode> \"{0}\" is not COOKIE, URL or SSL (exact upper case); Tomcat marks the application unavailable; fix the value");

    public static readonly DiagnosticDescriptor DuplicateSessionConfig = new(
        "TC2602", DiagnosticSeverity.Error, "Two session-config elements",
        "<session-config> appears twice (\"limited to 1 occurrence\"); Tomcat marks the application unavailable; merge them");

    public static readonly DiagnosticDescriptor UnknownWebXmlNamespace = new(
        "TC2603", DiagnosticSeverity.Warning, "Unknown web.xml namespace",
        "<web-app> namespace \"{0}\" is not a Java EE / Jakarta EE namespace; it is read anyway, check the xmlns");

    public static readonly DiagnosticDescriptor SslTrackingModeCombined = new(
        "TC2604", DiagnosticSeverity.Error, "SSL tracking mode combined",
        "<tracking-mode> SSL cannot be combined with other modes; Tomcat marks the application unavailable; use SSL alone or COOKIE/URL");

    public static readonly DiagnosticDescriptor WebXmlBadValue = new(
        "TC2605", DiagnosticSeverity.Warning, "Bad cookie-config value",
        "<{0}> \"{1}\" is not {2}; Tomcat reads it as {3}; fix the value");

    public static readonly DiagnosticDescriptor UnsupportedClusterPart = new(
        "TC4200", DiagnosticSeverity.Warning, "Unsupported cluster component",
        "unsupported: {0} ({1}) is read but TomcatCompat does not emulate it; {2}");

    public static readonly DiagnosticDescriptor UnsupportedSendOption = new(
        "TC4201", DiagnosticSeverity.Warning, "Unsupported send option",
        "unsupported: {0} option \"{1}\" is not emulated (the flag is kept but has no effect in TomcatCompat); remove it");

    public static readonly DiagnosticDescriptor UnsupportedFarmDeployer = new(
        "TC4202", DiagnosticSeverity.Warning, "FarmWarDeployer not emulated",
        "unsupported: <Deployer> FarmWarDeployer is read but TomcatCompat never deploys WARs across the cluster; deploy the app on every node yourself");

    public static readonly DiagnosticDescriptor UnsupportedValve = new(
        "TC4203", DiagnosticSeverity.Warning, "Valve not emulated",
        "unsupported: <Valve> {0} is read but TomcatCompat does not run it; requests pass as if it were absent");

    public static readonly DiagnosticDescriptor UnsupportedRealm = new(
        "TC4204", DiagnosticSeverity.Info, "Realm not emulated",
        "unsupported: <Realm> {0} is read but TomcatCompat does no container authentication; protected resources are not protected");

    public static readonly DiagnosticDescriptor UnsupportedCustomClass = new(
        "TC4205", DiagnosticSeverity.Warning, "Third-party class not emulated",
        "unsupported: <{0}> className \"{1}\" is not a Tomcat class; TomcatCompat cannot load it and runs without it");

    public static readonly DiagnosticDescriptor UnsupportedManager = new(
        "TC4206", DiagnosticSeverity.Warning, "Session manager not emulated",
        "unsupported: <Manager> {0} is read but TomcatCompat emulates only StandardManager, DeltaManager and BackupManager; sessions behave as with StandardManager");

    public static readonly DiagnosticDescriptor UnsupportedTls = new(
        "TC4207", DiagnosticSeverity.Warning, "TLS connector not emulated",
        "unsupported: <Connector port=\"{0}\"> has SSLEnabled=\"true\"; TomcatCompat serves it as plain HTTP; terminate TLS in front of it");

    public static readonly DiagnosticDescriptor UnsupportedWar = new(
        "TC4208", DiagnosticSeverity.Info, "Unexpanded WAR",
        "unsupported: \"{0}\" is a WAR file; TomcatCompat does not open WARs, so its web.xml is not read (defaults are used); expand it into a directory");

    public static readonly DiagnosticDescriptor UnsupportedContextClass = new(
        "TC4209", DiagnosticSeverity.Warning, "Context class not emulated",
        "unsupported: <Context> className \"{0}\" is read as a plain StandardContext; {1}");
}
