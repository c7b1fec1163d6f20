namespace TomcatCompat.Config.Tomcat;

/// <summary>A <c>&lt;Context&gt;</c> written inside a server.xml <c>&lt;Host&gt;</c>.</summary>
internal sealed record ExplicitContext(string Host, ContextSettings Settings);
