using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>What the Jk* directives of an httpd config say, collected by <see cref="JkDirectives"/>.</summary>
internal sealed class JkDirectiveSet
{
    public List<(string Path, SourceSpan Span)> WorkersFiles { get; } = [];

    public List<PropertyLine> WorkerProperties { get; } = [];

    /// <summary>Main server first, then each VirtualHost in reading order.</summary>
    public List<JkScope> Scopes { get; } = [];

    /// <summary>JkMount / JkUnMount rules (uriworkermap and mount= rules are added by the binder).</summary>
    public List<JkRule> Rules { get; } = [];

    /// <summary><c>JkMountCopy All</c> in the main server: every vhost inherits the main mounts.</summary>
    public bool MountCopyAll { get; set; }

    /// <summary>True when any Jk* directive was seen.</summary>
    public bool Any => FirstSpan is not null;

    /// <summary>Span of the first Jk* directive, for problems that belong to no single line.</summary>
    public SourceSpan? FirstSpan { get; set; }
}
