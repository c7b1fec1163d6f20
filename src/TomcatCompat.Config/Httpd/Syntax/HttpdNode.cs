using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd.Syntax;

/// <summary>A directive or a section of an evaluated httpd config tree.</summary>
public abstract record HttpdNode(string Name, System.Collections.Immutable.ImmutableArray<string> Args, string RawArgs, SourceSpan Span);
