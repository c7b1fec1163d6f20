namespace TomcatCompat.Sessions;

/// <summary>What <c>AddTomcatCluster</c> reads: a Tomcat server.xml (its Engine's jvmRoute and <c>&lt;Cluster&gt;</c>) and optionally a web.xml.</summary>
public sealed class TomcatClusterOptions
{
    /// <summary>Path of the server.xml whose <c>&lt;Cluster&gt;</c> and <c>Engine@jvmRoute</c> this application uses.</summary>
    public string ServerXmlPath { get; set; } = "conf/server.xml";

    /// <summary>Optional web.xml: <c>session-timeout</c> and <c>cookie-config</c> (default 30 minutes, <c>JSESSIONID</c>).</summary>
    public string? WebXmlPath { get; set; }

    /// <summary>Manager name, identical on every node (Tomcat: <c>host#/path</c>); default <c>localhost#</c> + the web.xml context path.</summary>
    public string? ManagerName { get; set; }

    /// <summary>Clock for session expiry and membership; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
