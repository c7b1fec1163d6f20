namespace TomcatCompat.Config.Httpd;

/// <summary>Where a directive may appear, as `apache2 -L` prints it (RSRC_CONF / ACCESS_CONF / OR_*).</summary>
[Flags]
public enum DirectiveContexts
{
    None = 0,

    /// <summary>Outside any section.</summary>
    ServerConfig = 1,

    /// <summary>Inside &lt;VirtualHost&gt;.</summary>
    VirtualHost = 2,

    /// <summary>Inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt;, &lt;Proxy&gt;, &lt;If&gt; and their variants.</summary>
    Directory = 4,

    HtAccess = 8,
}
