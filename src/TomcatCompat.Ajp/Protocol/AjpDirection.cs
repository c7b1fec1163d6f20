namespace TomcatCompat.Ajp.Protocol;

/// <summary>Which way a packet travels; it decides the magic of its header.</summary>
public enum AjpDirection
{
    /// <summary>Web server (httpd, mod_jk, the balancer) → container (Tomcat, a node): magic 0x1234.</summary>
    ToContainer,

    /// <summary>Container → web server: magic 'AB'.</summary>
    ToServer,
}
