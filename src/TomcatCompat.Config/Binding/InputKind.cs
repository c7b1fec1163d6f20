namespace TomcatCompat.Config.Binding;

/// <summary>What a file found on the command line or in a searched directory is, and who reads it.</summary>
public enum InputKind
{
    /// <summary>An httpd main file (<c>httpd.conf</c>, <c>apache2.conf</c>, or a lone <c>*.conf</c>).</summary>
    HttpdMain,

    /// <summary>A file under an httpd main file's directory, read only if an Include reaches it.</summary>
    HttpdInclude,

    /// <summary>Debian's <c>envvars</c>.</summary>
    EnvVars,

    /// <summary>mod_jk <c>workers.properties</c>.</summary>
    WorkersProperties,

    /// <summary>mod_jk <c>uriworkermap.properties</c>.</summary>
    UriWorkerMap,

    /// <summary>A Tomcat <c>server.xml</c> (root element Server): one node.</summary>
    ServerXml,

    /// <summary>A <c>web.xml</c> outside any node.</summary>
    WebXml,

    /// <summary>A file under a node's base directory (context.xml, catalina.properties, webapps): the Tomcat reader takes it.</summary>
    NodeOwned,

    /// <summary>Nothing this tool reads.</summary>
    Unknown,
}
