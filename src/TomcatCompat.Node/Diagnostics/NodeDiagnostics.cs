using System.Collections.Immutable;
using System.Reflection;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Node.Diagnostics;

/// <summary>
/// Codes TC4500–TC4599: what <see cref="NodeHost"/> finds when it turns a NodeSpec into a running
/// node: connectors, valves and contexts it does not serve the way Tomcat would. Codes are
/// permanent; severity is certainty (error = the node cannot start).
/// </summary>
public static class NodeDiagnostics
{
    public static readonly DiagnosticDescriptor AjpConnectorNotServed = new(
        "TC4500", DiagnosticSeverity.Info, "AJP connector not served",
        "unsupported: AJP <Connector port=\"{0}\"> is not served: {1}");

    public static readonly DiagnosticDescriptor NoHttpConnector = new(
        "TC4501", DiagnosticSeverity.Warning, "No HTTP connector",
        "node \"{0}\" has no HTTP/1.1 <Connector> that TomcatCompat can serve, so nothing reaches its webapps; add <Connector port=\"8080\" protocol=\"HTTP/1.1\"/>");

    public static readonly DiagnosticDescriptor TlsConnectorNotServed = new(
        "TC4502", DiagnosticSeverity.Warning, "TLS connector not served",
        "unsupported: <Connector port=\"{0}\" SSLEnabled=\"true\"> is not served: TomcatCompat has no TLS yet; terminate TLS in front of it or use a plain HTTP connector");

    public static readonly DiagnosticDescriptor AccessLogNotWritten = new(
        "TC4503", DiagnosticSeverity.Info, "AccessLogValve partly reproduced",
        "unsupported: AccessLogValve {0} is not reproduced, so {1}; the rest of the access log is written as Tomcat writes it");

    public static readonly DiagnosticDescriptor SessionTestAppServed = new(
        "TC4504", DiagnosticSeverity.Info, "Session test app served",
        "context \"{0}\" has no content TomcatCompat can run (only JSPs or nothing), so it serves the built-in session test page there (HTML; ?format=json or ?format=text)");

    public static readonly DiagnosticDescriptor SessionsNotReplicated = new(
        "TC4505", DiagnosticSeverity.Warning, "Context sessions not replicated",
        "context \"{0}\" is {1}, so its sessions stay on this node and are lost when it stops; {2}");

    public static readonly DiagnosticDescriptor AjpSecretRequired = new(
        "TC4506", DiagnosticSeverity.Warning, "AJP connector without secret not opened",
        "AJP <Connector port=\"{0}\"> has secretRequired=\"true\" (the default) but no secret, so Tomcat refuses to start it and TomcatCompat does not open it either; set secret=\"...\" here and the same secret= on the BalancerMember (or mod_jk worker), or secretRequired=\"false\"");

    public static readonly DiagnosticDescriptor AjpAttributePatternInvalid = new(
        "TC4507", DiagnosticSeverity.Warning, "allowedRequestAttributesPattern not usable",
        "AJP <Connector port=\"{0}\"> allowedRequestAttributesPattern \"{1}\" is not a valid regular expression ({2}), so every request carrying an unknown request attribute gets 403; fix the pattern");

    public static readonly DiagnosticDescriptor AjpAttributeNotReproduced = new(
        "TC4508", DiagnosticSeverity.Info, "AJP connector attribute not reproduced",
        "unsupported: AJP <Connector port=\"{0}\"> {1}=\"{2}\" is read but not reproduced: {3}");

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> Catalog = new(() =>
    [
        .. typeof(NodeDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);

    /// <summary>Every descriptor, ordered by code (for docs and the catalog test).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Catalog.Value;
}
