using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>The main server or one <c>&lt;VirtualHost&gt;</c>, as far as mod_jk's per-server settings go.</summary>
internal sealed class JkScope
{
    public JkScope(string id, SourceSpan span)
    {
        Id = id;
        Span = span;
    }

    /// <summary>"main" or "vhost:&lt;file&gt;:&lt;line&gt;" (the httpd binder's VirtualHostSpec.Id).</summary>
    public string Id { get; }

    public bool IsMain => Id == "main";

    public SourceSpan Span { get; }

    /// <summary><c>JkMountCopy</c>: null when not written (Off, unless the main server says All).</summary>
    public bool? MountCopy { get; set; }

    /// <summary><c>JkMountFile</c> paths (ServerRoot-relative resolved later) with their spans.</summary>
    public List<(string Path, SourceSpan Span)> MountFiles { get; } = [];
}
