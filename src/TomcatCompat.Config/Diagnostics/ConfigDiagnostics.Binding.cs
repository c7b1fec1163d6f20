namespace TomcatCompat.Config.Diagnostics;

/// <summary>TC3000–TC3099: binding across files (balancer side ↔ Tomcat nodes) and input discovery.</summary>
public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor MemberMatchesNoNode = new(
        "TC3000", DiagnosticSeverity.Warning, "BalancerMember reaches no node",
        "BalancerMember \"{0}\" reaches no imported node: no imported <Connector> listens on {1}:{2}; import that node's server.xml or fix the member URL");

    public static readonly DiagnosticDescriptor MemberRouteMatchesNoJvmRoute = new(
        "TC3001", DiagnosticSeverity.Warning, "route matches no jvmRoute",
        "BalancerMember \"{0}\" route \"{1}\" matches no <Engine jvmRoute> (imported jvmRoutes: {2}); set jvmRoute=\"{1}\" on that node or change route= so sticky sessions work");

    public static readonly DiagnosticDescriptor RoutePortMatchesNoConnector = new(
        "TC3002", DiagnosticSeverity.Warning, "route's node has no matching Connector",
        "BalancerMember \"{0}\" route \"{1}\" names node \"{2}\", but that node has no {3} <Connector> on port {4} (it has: {5}); fix the member port or the Connector");

    public static readonly DiagnosticDescriptor SchemeProtocolMismatch = new(
        "TC3003", DiagnosticSeverity.Error, "member scheme does not match Connector protocol",
        "BalancerMember \"{0}\" speaks {1} but <Connector port=\"{2}\"> of node \"{3}\" is {4}; use {5}:// in the member URL or point it at the node's {6} Connector");

    public static readonly DiagnosticDescriptor DuplicateJvmRoute = new(
        "TC3004", DiagnosticSeverity.Error, "two nodes with one jvmRoute",
        "<Engine jvmRoute=\"{0}\"> is also used by node \"{1}\" ({2}); jvmRoute must be unique per node or sticky sessions go to the wrong node");

    public static readonly DiagnosticDescriptor ConnectorAddressMismatch = new(
        "TC3005", DiagnosticSeverity.Warning, "Connector bound to another address",
        "BalancerMember \"{0}\" connects to {1}, but <Connector port=\"{2}\"> of node \"{3}\" listens only on address \"{4}\"; set the Connector address to {1} (or remove it) or change the member host");

    public static readonly DiagnosticDescriptor MemberAmbiguous = new(
        "TC3006", DiagnosticSeverity.Info, "BalancerMember matches several nodes",
        "BalancerMember \"{0}\" matches Connectors of {1} nodes ({2}) by host and port; set route= to the node's jvmRoute to bind it to one");

    public static readonly DiagnosticDescriptor NodeUnreached = new(
        "TC3007", DiagnosticSeverity.Info, "node reached by no balancer",
        "node \"{0}\" is reached by no BalancerMember or mod_jk worker; add a member with route={1} if it should take traffic");

    public static readonly DiagnosticDescriptor StandaloneWebXml = new(
        "TC3008", DiagnosticSeverity.Info, "web.xml outside any node",
        "\"{0}\" is a web.xml outside any imported Tomcat node; it was checked but belongs to no node (import the node's directory to attach it)");

    public static readonly DiagnosticDescriptor DirectoryTooDeep = new(
        "TC3009", DiagnosticSeverity.Warning, "directory nesting too deep",
        "\"{0}\" is nested more than {1} directories deep (a symbolic link loop?); it was not searched, name the config directory directly");

    public static readonly DiagnosticDescriptor NoInputs = new(
        "TC3010", DiagnosticSeverity.Warning, "no config files found",
        "no httpd, mod_jk or Tomcat config file was found under \"{0}\"; name the config files or their directory");

    public static readonly DiagnosticDescriptor DuplicateNodeName = new(
        "TC3011", DiagnosticSeverity.Warning, "two nodes with one name",
        "node name \"{0}\" is also used by {1}; set a distinct <Engine jvmRoute> on each node so they can be told apart");

    public static readonly DiagnosticDescriptor NodeOwnedFileAlone = new(
        "TC3012", DiagnosticSeverity.Warning, "Tomcat file without its server.xml",
        "\"{0}\" is a Tomcat {1} that is read together with its node's conf/server.xml, which was not given; import the node's directory or its server.xml instead");
}
