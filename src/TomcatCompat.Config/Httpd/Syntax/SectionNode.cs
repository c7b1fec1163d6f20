using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd.Syntax;

/// <summary>
/// A section such as <c>&lt;Proxy balancer://c&gt;</c>: <see cref="HttpdNode.Name"/> without the
/// angle bracket ("Proxy"), the arguments before the closing '&gt;', and its children. Read-time
/// conditionals (IfModule, IfDefine, …) never appear in an evaluated tree: a true one is spliced
/// into its parent, a false one is dropped.
/// </summary>
public sealed record SectionNode(
    string Name,
    ImmutableArray<string> Args,
    string RawArgs,
    ImmutableArray<HttpdNode> Children,
    SourceSpan Span)
    : HttpdNode(Name, Args, RawArgs, Span);
