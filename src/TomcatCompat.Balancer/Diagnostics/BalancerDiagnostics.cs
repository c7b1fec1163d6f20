using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Balancer.Diagnostics;

/// <summary>
/// Codes emitted when a topology is mapped onto the YARP balancer: TC4400–4499, "unsupported at run
/// time" (the config is valid httpd, the emulator does not reproduce it). Codes are permanent.
/// </summary>
public static class BalancerDiagnostics
{
    public static readonly DiagnosticDescriptor MemberSchemeUnsupported = new(
        "TC4400", DiagnosticSeverity.Warning, "unsupported: member scheme",
        "unsupported: BalancerMember \"{0}\" uses scheme \"{1}\", but the balancer forwards only http://, https:// and ajp://; point it at the node's HTTP or AJP connector");

    public static readonly DiagnosticDescriptor LbMethodUnsupported = new(
        "TC4401", DiagnosticSeverity.Warning, "unsupported: lbmethod",
        "unsupported: lbmethod \"{0}\" of {1} is not reproduced, byrequests is used instead; set lbmethod=byrequests, bytraffic or bybusyness");

    public static readonly DiagnosticDescriptor BalancerTimeoutUnsupported = new(
        "TC4402", DiagnosticSeverity.Info, "unsupported: balancer timeout",
        "unsupported: timeout={0} on {1} (wait for a usable member) is not reproduced; requests get 503 at once when no member is usable");

    public static readonly DiagnosticDescriptor MountRegexInvalid = new(
        "TC4403", DiagnosticSeverity.Error, "ProxyPassMatch regex not usable",
        "the pattern \"{0}\" cannot be compiled as a .NET regular expression ({1}); the rule is skipped, rewrite it without PCRE-only syntax");

    public static readonly DiagnosticDescriptor MountTargetUnknown = new(
        "TC4404", DiagnosticSeverity.Error, "mount target not found",
        "the target \"{0}\" of this rule names no defined balancer; requests to it answer 500, define the balancer or fix the name");

    public static readonly DiagnosticDescriptor MountOptionUnsupported = new(
        "TC4405", DiagnosticSeverity.Info, "unsupported: mount option",
        "unsupported: \"{0}\" on the rule for \"{1}\" is not reproduced and is ignored");

    public static readonly DiagnosticDescriptor HeaderRuleUnsupported = new(
        "TC4406", DiagnosticSeverity.Warning, "unsupported: Header rule",
        "unsupported: Header {0} \"{1}\" is not reproduced (only set, add, append, merge, unset with an optional env= condition are); it is ignored");

    public static readonly DiagnosticDescriptor HealthCheckUnsupported = new(
        "TC4407", DiagnosticSeverity.Warning, "unsupported: health checks",
        "unsupported: hcmethod={0} on BalancerMember \"{1}\" is not run; the member is only put in error by failed connections");

    public static readonly DiagnosticDescriptor ListenProtocolUnsupported = new(
        "TC4408", DiagnosticSeverity.Warning, "unsupported: Listen protocol",
        "unsupported: Listen {0} with protocol \"{1}\" is served as plain http");

    public static readonly DiagnosticDescriptor ModJkSemantics = new(
        "TC4409", DiagnosticSeverity.Info, "mod_jk balancer run with mod_proxy_balancer rules",
        "lb worker \"{0}\" is balanced with mod_proxy_balancer's algorithm, not mod_jk's (lb_value, sticky_session, recovery differ); see docs/support/balancer.md");

    public static readonly DiagnosticDescriptor ProxyViaUnsupported = new(
        "TC4410", DiagnosticSeverity.Info, "unsupported: ProxyVia",
        "unsupported: ProxyVia {0} is not reproduced; no Via header is added or removed");

    public static readonly DiagnosticDescriptor AccessLogTargetUnsupported = new(
        "TC4411", DiagnosticSeverity.Warning, "unsupported: CustomLog target",
        "unsupported: CustomLog \"{0}\" writes to a pipe or syslog, which the emulator does not run; no lines are written, log to a file instead");

    public static readonly DiagnosticDescriptor AccessLogTokenUnsupported = new(
        "TC4412", DiagnosticSeverity.Info, "unsupported: LogFormat directive",
        "unsupported: LogFormat directive \"{0}\" in \"{1}\" is not reproduced and is written as \"-\"; use %h %l %u %t %r %s %b %B %D %T %U %q %m %H %v %p %P %{{Name}}i %{{Name}}o %{{VAR}}e");

    public static readonly DiagnosticDescriptor HealthCheckExprUnsupported = new(
        "TC4413", DiagnosticSeverity.Warning, "unsupported: ProxyHCExpr",
        "unsupported: ProxyHCExpr {0} \"{1}\" is not understood by the emulator ({2}); checks pass on status 200-399 instead, write it with %{{REQUEST_STATUS}} or hc('body') and =~, ==, -lt, &&, ||");

    public static readonly DiagnosticDescriptor ManagerRequireUnsupported = new(
        "TC4414", DiagnosticSeverity.Warning, "unsupported: Require on balancer-manager",
        "unsupported: \"Require {0}\" for the balancer-manager at {1} is not reproduced and grants nothing; use Require ip, host, local or all");

    public static readonly DiagnosticDescriptor ManagerClosed = new(
        "TC4415", DiagnosticSeverity.Info, "balancer-manager has no Require",
        "the balancer-manager at {0} has no Require line, so it answers 403 to everyone; add for example \"Require ip 127.0.0.1\"");

    public static readonly DiagnosticDescriptor AccessLogConditionUnsupported = new(
        "TC4416", DiagnosticSeverity.Warning, "unsupported: CustomLog condition",
        "unsupported: CustomLog condition \"{0}\" is not reproduced, so every request is logged; use env=VAR or env=!VAR");

    public static readonly DiagnosticDescriptor ManagerShadowed = new(
        "TC4417", DiagnosticSeverity.Warning, "balancer-manager hidden by ProxyPass",
        "the balancer-manager at {0} is never reached because the ProxyPass for \"{1}\" takes the path first (as in httpd); add \"ProxyPass {0} !\" before it");

    public static readonly DiagnosticDescriptor AjpParameterUnsupported = new(
        "TC4418", DiagnosticSeverity.Info, "unsupported: AJP worker parameter",
        "unsupported: {0}={1} on BalancerMember \"{2}\" is not reproduced by the AJP client: {3}");

    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        MemberSchemeUnsupported, LbMethodUnsupported, BalancerTimeoutUnsupported, MountRegexInvalid,
        MountTargetUnknown, MountOptionUnsupported, HeaderRuleUnsupported, HealthCheckUnsupported,
        ListenProtocolUnsupported, ModJkSemantics, ProxyViaUnsupported, AccessLogTargetUnsupported,
        AccessLogTokenUnsupported, HealthCheckExprUnsupported, ManagerRequireUnsupported, ManagerClosed,
        AccessLogConditionUnsupported, ManagerShadowed, AjpParameterUnsupported,
    ];
}
