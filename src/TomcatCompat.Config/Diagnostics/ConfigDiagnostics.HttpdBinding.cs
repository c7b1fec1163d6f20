namespace TomcatCompat.Config.Diagnostics;

// httpd binder (mod_proxy family): TC2050–TC2199 meaning, TC4000–TC4099 unsupported.
public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor ProxyPassMissingUrl = new(
        "TC2050", DiagnosticSeverity.Error, "ProxyPass needs a path and a URL",
        "{0} needs a path and a URL when not defined in a <Location> (httpd: \"{0} needs a path when not defined in a location\"); write {0} /path url");

    public static readonly DiagnosticDescriptor ProxyPassPathInLocation = new(
        "TC2051", DiagnosticSeverity.Error, "ProxyPass path inside Location",
        "{0} \"{1}\" gives a path inside <Location> (httpd: \"{0} can not have a path when defined in a location\"); drop the path, the Location supplies it");

    public static readonly DiagnosticDescriptor ParameterNotKeyValue = new(
        "TC2052", DiagnosticSeverity.Error, "Parameter not key=value",
        "{0} parameter \"{1}\" is not in the form key=value (httpd refuses it); write key=value or remove the word");

    public static readonly DiagnosticDescriptor ProxyPassMatchTilde = new(
        "TC2053", DiagnosticSeverity.Error, "ProxyPassMatch with ~",
        "ProxyPassMatch does not take \"~\" (httpd: \"ProxyPassMatch invalid syntax ('~' usage)\"); remove the \"~\", ProxyPassMatch is always a regex");

    public static readonly DiagnosticDescriptor UnknownMapping = new(
        "TC2054", DiagnosticSeverity.Error, "Unknown mapping",
        "{0} mapping=\"{1}\" is unknown (httpd refuses it); use mapping=encoded or mapping=servlet");

    public static readonly DiagnosticDescriptor UnknownBalancerParameter = new(
        "TC2055", DiagnosticSeverity.Error, "Unknown balancer parameter",
        "{0} \"{1}\" is not a balancer parameter (httpd: \"unknown Balancer parameter\"){2}");

    public static readonly DiagnosticDescriptor UnknownWorkerParameter = new(
        "TC2056", DiagnosticSeverity.Error, "Unknown worker parameter",
        "{0} \"{1}\" is not a worker parameter (httpd: \"unknown Worker parameter\"){2}");

    public static readonly DiagnosticDescriptor BadWorkerParameter = new(
        "TC2057", DiagnosticSeverity.Error, "Bad worker parameter value",
        "{0} {1}=\"{2}\" is refused by httpd (\"{3}\"); fix the value");

    public static readonly DiagnosticDescriptor BadBalancerParameter = new(
        "TC2058", DiagnosticSeverity.Error, "Bad balancer parameter value",
        "{0} {1}=\"{2}\" is refused by httpd (\"{3}\"); fix the value");

    public static readonly DiagnosticDescriptor NumberWithJunk = new(
        "TC2059", DiagnosticSeverity.Warning, "Number read by atoi",
        "{0} {1}=\"{2}\" is read as {3}{4}: httpd takes only the leading number and ignores the rest; write {1}={3}");

    public static readonly DiagnosticDescriptor ProxySetBalancerNotFound = new(
        "TC2060", DiagnosticSeverity.Error, "ProxySet balancer not found",
        "ProxySet can not find balancer \"{0}\" (httpd refuses it); define it with BalancerMember or <Proxy> before this line");

    public static readonly DiagnosticDescriptor ProxySetWorkerNotFound = new(
        "TC2061", DiagnosticSeverity.Error, "ProxySet worker not found",
        "ProxySet can not find worker \"{0}\" (httpd refuses it); define it with ProxyPass or <Proxy {0}> before this line");

    public static readonly DiagnosticDescriptor BalancerMemberWithoutBalancer = new(
        "TC2062", DiagnosticSeverity.Error, "BalancerMember without balancer",
        "BalancerMember \"{0}\" names no balancer (httpd refuses it); put it inside <Proxy balancer://name> or write BalancerMember balancer://name url");

    public static readonly DiagnosticDescriptor WorkerSharingDropsParameter = new(
        "TC2063", DiagnosticSeverity.Warning, "Parameter dropped by worker sharing",
        "{0} parameter \"{1}\" is ignored because \"{2}\" shares worker \"{3}\" defined at {4} (httpd AH01146); put the longer URL first or set the parameter on the first definition");

    public static readonly DiagnosticDescriptor MemberSharingDropsParameter = new(
        "TC2064", DiagnosticSeverity.Warning, "BalancerMember collapses into an earlier member",
        "BalancerMember \"{0}\" is the same worker as \"{1}\" (line {2}) of {3} by longest-prefix sharing, so its line adds no member{4} (httpd AH01150); remove the line or give the members distinct host:port");

    public static readonly DiagnosticDescriptor BalancerWithoutMembers = new(
        "TC2065", DiagnosticSeverity.Warning, "Balancer has no members",
        "{0} target \"{1}\" has no BalancerMember in this server, so every request gets 503 (httpd AH01171); define its members with <Proxy {1}> or BalancerMember");

    public static readonly DiagnosticDescriptor InvalidWorkerUrl = new(
        "TC2066", DiagnosticSeverity.Error, "Invalid worker URL",
        "{0} URL \"{1}\" is not a valid scheme://host[:port][/path] URL; fix the URL");

    public static readonly DiagnosticDescriptor BadProxyTimeout = new(
        "TC2067", DiagnosticSeverity.Error, "Bad ProxyTimeout",
        "ProxyTimeout \"{0}\" is refused by httpd (\"Proxy Timeout must be at least 1 second.\"); give whole seconds ≥ 1");

    public static readonly DiagnosticDescriptor BadProxyVia = new(
        "TC2068", DiagnosticSeverity.Error, "Bad ProxyVia",
        "ProxyVia \"{0}\" is refused by httpd (\"ProxyVia must be one of: off | on | full | block\"); use one of those");

    public static readonly DiagnosticDescriptor BadCoreTimeout = new(
        "TC2069", DiagnosticSeverity.Warning, "Timeout read by atoi",
        "Timeout \"{0}\" is read by httpd as {1} seconds (only leading digits count, units are not understood) and is not refused; write whole seconds ≥ 1");

    public static readonly DiagnosticDescriptor DuplicateListen = new(
        "TC2070", DiagnosticSeverity.Error, "Duplicate Listen",
        "Listen \"{0}\" repeats the address and port of line {1} (httpd: \"Cannot define multiple Listeners on the same IP:port\"); remove one of them");

    public static readonly DiagnosticDescriptor BadListen = new(
        "TC2071", DiagnosticSeverity.Error, "Bad Listen",
        "Listen \"{0}\" is refused by httpd (\"{1}\"); write [addr:]port with a port 1–65535");

    public static readonly DiagnosticDescriptor UnknownHcExpr = new(
        "TC2072", DiagnosticSeverity.Error, "Unknown hcexpr",
        "{0} hcexpr=\"{1}\" names no earlier ProxyHCExpr (httpd: \"Unknown health check condition expr\"); define ProxyHCExpr {1} {{...}} before this line");

    public static readonly DiagnosticDescriptor UnknownHcTemplate = new(
        "TC2073", DiagnosticSeverity.Error, "Unknown hctemplate",
        "{0} hctemplate=\"{1}\" names no earlier ProxyHCTemplate (httpd: \"Unknown ProxyHCTemplate name\"); define ProxyHCTemplate {1} ... before this line");

    public static readonly DiagnosticDescriptor HcheckNotLoaded = new(
        "TC2074", DiagnosticSeverity.Error, "hc* parameter without mod_proxy_hcheck",
        "{0} \"{1}\" needs mod_proxy_hcheck, which is not loaded (httpd: \"unknown Worker parameter\"); add LoadModule proxy_hcheck_module (a2enmod proxy_hcheck)");

    public static readonly DiagnosticDescriptor BadProxyHCExpr = new(
        "TC2075", DiagnosticSeverity.Error, "Bad ProxyHCExpr",
        "ProxyHCExpr \"{0}\" is refused by httpd ({1}); write ProxyHCExpr name {{expression}}");

    public static readonly DiagnosticDescriptor ProxyPassInDirectory = new(
        "TC2076", DiagnosticSeverity.Error, "ProxyPass in Directory or Files",
        "{0} cannot occur within <{1}> (httpd refuses it); move it to the server, a <VirtualHost> or a <Location>");

    public static readonly DiagnosticDescriptor BadProxySection = new(
        "TC2077", DiagnosticSeverity.Error, "Bad Proxy section",
        "<{0} {1}> cannot take parameters (httpd: \"{2}\"); move the parameters to a ProxySet line or use a plain URL");

    public static readonly DiagnosticDescriptor BadHeaderDirective = new(
        "TC2078", DiagnosticSeverity.Error, "Bad Header directive",
        "Header \"{0}\" is refused by httpd ({1}); see the mod_headers Header syntax");

    public static readonly DiagnosticDescriptor CustomLogLiteralFormat = new(
        "TC2079", DiagnosticSeverity.Warning, "CustomLog format is not a nickname",
        "CustomLog format \"{0}\" is no LogFormat nickname and has no % directive, so httpd logs that literal text for every request; define LogFormat \"...\" {0} or fix the name");

    public static readonly DiagnosticDescriptor StickySessionTruncated = new(
        "TC2080", DiagnosticSeverity.Warning, "stickysession name too long",
        "{0} stickysession name \"{1}\" is longer than 63 characters and httpd silently truncates it; use a shorter cookie/parameter name");

    public static readonly DiagnosticDescriptor MemberUrlTrailingSlash = new(
        "TC2081", DiagnosticSeverity.Warning, "Member URL ends with /",
        "BalancerMember \"{0}\" ends with \"/\", so forwarded paths start with \"//\" (httpd prefixes the member path); remove the trailing slash");

    public static readonly DiagnosticDescriptor BadVirtualHostAddress = new(
        "TC2082", DiagnosticSeverity.Error, "Bad VirtualHost address",
        "<VirtualHost> address \"{0}\" has a port outside 1–65535 (httpd: \"The address or port is invalid\"); write addr, addr:port or addr:*");

    public static readonly DiagnosticDescriptor VirtualHostAddressIgnored = new(
        "TC2084", DiagnosticSeverity.Warning, "VirtualHost address ignored",
        "<VirtualHost> address \"{0}\" has a port that is not a number, so httpd cannot resolve it and ignores the address (AH00547 \"Could not resolve host name ... -- ignoring!\"); write addr:port with a numeric port or addr:*");

    public static readonly DiagnosticDescriptor BalancerPathIgnored = new(
        "TC2083", DiagnosticSeverity.Info, "Balancer URL path ignored",
        "{0} \"{1}\" names balancer \"{2}\"; httpd ignores the path part of a balancer name when defining it");

    public static readonly DiagnosticDescriptor UnsupportedLbMethod = new(
        "TC4000", DiagnosticSeverity.Warning, "unsupported: lbmethod",
        "unsupported: lbmethod=\"{0}\" ({1}) is not reproduced by the emulator, which balances with byrequests instead; use byrequests, bytraffic or bybusyness");

    public static readonly DiagnosticDescriptor UnsupportedUnixSocket = new(
        "TC4001", DiagnosticSeverity.Warning, "unsupported: unix: socket",
        "unsupported: {0} \"{1}\" targets a Unix domain socket, which the emulator cannot reach; use a TCP host:port");

    public static readonly DiagnosticDescriptor UnsupportedScheme = new(
        "TC4002", DiagnosticSeverity.Warning, "unsupported: backend scheme",
        "unsupported: {0} \"{1}\" uses scheme \"{2}\", which the emulator does not speak (only http, https, ajp); use an http or ajp backend");

    public static readonly DiagnosticDescriptor UnsupportedProxyInIf = new(
        "TC4003", DiagnosticSeverity.Warning, "unsupported: proxy directive in <If>",
        "unsupported: {0} inside <{1}> depends on a per-request expression the emulator does not evaluate; the directive is ignored, move it out of <{1}>");

    public static readonly DiagnosticDescriptor UnsupportedMapping = new(
        "TC4004", DiagnosticSeverity.Warning, "unsupported: mapping=",
        "unsupported: {0} mapping=\"{1}\" changes how httpd decodes the URL before matching, which the emulator does not reproduce; the rule is matched as a plain prefix");

    public static readonly DiagnosticDescriptor UnsupportedForwardProxy = new(
        "TC4005", DiagnosticSeverity.Warning, "unsupported: forward-proxy directive",
        "unsupported: {0} (forward proxying) is not reproduced by the emulator and is ignored; remove it or proxy with ProxyPass");

    public static readonly DiagnosticDescriptor UnsupportedInterpolate = new(
        "TC4006", DiagnosticSeverity.Warning, "unsupported: interpolate",
        "unsupported: {0} \"interpolate\" (${{env}} substitution per request) is not reproduced; the text is used literally");

    public static readonly DiagnosticDescriptor UnsupportedWorkerParameter = new(
        "TC4007", DiagnosticSeverity.Info, "unsupported: worker tuning parameter",
        "unsupported: {0} {1}=\"{2}\" is checked but has no effect in the emulator");

    public static readonly DiagnosticDescriptor UnsupportedHeaderOption = new(
        "TC4008", DiagnosticSeverity.Warning, "unsupported: Header option",
        "unsupported: Header option \"{0}\" is not reproduced by the emulator; the rule is kept but applied as if it were absent");

    public static readonly DiagnosticDescriptor UnsupportedProxyMatch = new(
        "TC4009", DiagnosticSeverity.Warning, "unsupported: BalancerMember/ProxySet in <ProxyMatch>",
        "unsupported: {0} inside <ProxyMatch {1}> is not applied by the emulator; use <Proxy balancer://name> or <Proxy url>");

    public static readonly DiagnosticDescriptor UnsupportedPipedLog = new(
        "TC4010", DiagnosticSeverity.Warning, "unsupported: piped CustomLog",
        "unsupported: CustomLog \"{0}\" pipes to a program, which the emulator does not start; it writes nothing for this log");
}
