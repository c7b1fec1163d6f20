namespace TomcatCompat.Config.Tomcat;

/// <summary>The Java setter parameter type that decides how Tomcat converts an attribute's text (§1.2).</summary>
public enum AttributeType
{
    String,

    /// <summary>Java int: decimal, optional sign, no whitespace.</summary>
    Int,

    /// <summary>Java long: same text rules as int, wider range.</summary>
    Long,

    /// <summary>Java boolean: "true" in any case is true, any other text false.</summary>
    Bool,

    /// <summary>channelSendOptions / mapSendOptions: a number or names (§3.1).</summary>
    SendOptions,
}
