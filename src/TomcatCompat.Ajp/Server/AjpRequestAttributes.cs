using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>
/// Tomcat's check of the req_attribute names (AjpProcessor, 9.0.31+): names it knows are accepted,
/// any other must fully match <c>allowedRequestAttributesPattern</c>, else the request gets 403.
/// </summary>
internal static class AjpRequestAttributes
{
    public const string LocalAddr = "AJP_LOCAL_ADDR";
    public const string RemotePort = "AJP_REMOTE_PORT";
    public const string SslProtocol = "AJP_SSL_PROTOCOL";

    /// <summary>Names Tomcat 10.1 accepts without the pattern: its own, mod_jk's and the IIS connector's TLS variables.</summary>
    private static readonly FrozenSet<string> Known = new[]
    {
        LocalAddr, RemotePort, SslProtocol, "JK_LB_ACTIVATION",
        "CERT_ISSUER", "CERT_SUBJECT", "CERT_COOKIE", "HTTPS_SERVER_SUBJECT", "CERT_FLAGS", "HTTPS_SECRETKEYSIZE",
        "CERT_SERIALNUMBER", "HTTPS_SERVER_ISSUER", "HTTPS_KEYSIZE",
        "jakarta.servlet.request.cipher_suite", "jakarta.servlet.request.key_size", "jakarta.servlet.request.ssl_session",
        "jakarta.servlet.request.X509Certificate", "javax.servlet.request.cipher_suite", "javax.servlet.request.key_size",
        "javax.servlet.request.ssl_session", "javax.servlet.request.X509Certificate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first req_attribute name that is neither known nor allowed, else null.</summary>
    public static string? FirstRefused(AjpForwardRequest request, Regex? allowed)
    {
        foreach (var a in request.Attributes)
        {
            if (a.Code != AjpAttributeCode.ReqAttribute || a.Name is not { } name || Known.Contains(name))
                continue;
            if (allowed is null || !IsFullMatch(allowed, name))
                return name;
        }

        return null;
    }

    /// <summary>True when the request carries the connector's secret (Tomcat compares exactly).</summary>
    public static bool SecretMatches(AjpForwardRequest request, string? secret) =>
        string.IsNullOrEmpty(secret) || string.Equals(request.Attribute(AjpAttributeCode.Secret), secret, StringComparison.Ordinal);

    private static bool IsFullMatch(Regex pattern, string name)
    {
        var m = pattern.Match(name);
        return m.Success && m.Index == 0 && m.Length == name.Length;
    }
}
