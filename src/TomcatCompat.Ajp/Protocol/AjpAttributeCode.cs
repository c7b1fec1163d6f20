namespace TomcatCompat.Ajp.Protocol;

/// <summary>Request attribute codes of FORWARD_REQUEST (Tomcat "AJPv13" reference, "Request Packet Structure").</summary>
public enum AjpAttributeCode : byte
{
    /// <summary>0x01, not sent by httpd or mod_jk.</summary>
    Context = 0x01,

    /// <summary>0x02, not sent by httpd or mod_jk.</summary>
    ServletPath = 0x02,

    RemoteUser = 0x03,
    AuthType = 0x04,

    /// <summary>The query string without '?'.</summary>
    QueryString = 0x05,

    /// <summary>The balancer member's route (httpd <c>route=</c>, mod_jk worker route).</summary>
    JvmRoute = 0x06,

    SslCert = 0x07,
    SslCipher = 0x08,
    SslSession = 0x09,

    /// <summary>Name/value pair: two strings.</summary>
    ReqAttribute = 0x0A,

    /// <summary>An integer (2 bytes), not a string.</summary>
    SslKeySize = 0x0B,

    /// <summary>httpd BalancerMember <c>secret=</c>, mod_jk <c>secret</c>; Tomcat Connector <c>secret</c>.</summary>
    Secret = 0x0C,

    /// <summary>The method name when the method byte is 0xFF.</summary>
    StoredMethod = 0x0D,
}
