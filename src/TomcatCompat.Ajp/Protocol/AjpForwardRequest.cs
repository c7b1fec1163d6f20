using System.Collections.Immutable;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// FORWARD_REQUEST (prefix 2), server → container: the request line, the connection facts httpd
/// knows, the headers and the attributes. <see cref="Method"/> is always the method name: methods
/// without a code travel as 0xFF plus a stored_method attribute, which the codec adds and removes.
/// </summary>
public sealed partial record AjpForwardRequest
{
    public required string Method { get; init; }

    /// <summary>"HTTP/1.1" as received by the web server.</summary>
    public string Protocol { get; init; } = "HTTP/1.1";

    /// <summary>The path, still percent-encoded, without the query string.</summary>
    public required string RequestUri { get; init; }

    public string? RemoteAddr { get; init; }

    public string? RemoteHost { get; init; }

    public string? ServerName { get; init; }

    public int ServerPort { get; init; }

    public bool IsSsl { get; init; }

    /// <summary>Headers in order; coded names decode to lower case.</summary>
    public ImmutableArray<KeyValuePair<string, string?>> Headers { get; init; } = [];

    /// <summary>Attributes in order, without stored_method and the terminator.</summary>
    public ImmutableArray<AjpAttribute> Attributes { get; init; } = [];

    /// <summary>The first attribute with <paramref name="code"/> (for req_attribute: see <see cref="RequestAttribute"/>).</summary>
    public string? Attribute(AjpAttributeCode code)
    {
        foreach (var a in Attributes)
        {
            if (a.Code == code)
                return a.Value;
        }

        return null;
    }

    /// <summary>The value of the req_attribute named <paramref name="name"/>.</summary>
    public string? RequestAttribute(string name)
    {
        foreach (var a in Attributes)
        {
            if (a.Code == AjpAttributeCode.ReqAttribute && string.Equals(a.Name, name, StringComparison.Ordinal))
                return a.Value;
        }

        return null;
    }

    /// <summary>The first header named <paramref name="name"/> (case-insensitive).</summary>
    public string? Header(string name)
    {
        foreach (var h in Headers)
        {
            if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                return h.Value;
        }

        return null;
    }
}
