using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd.Syntax;

/// <summary>
/// One directive: <see cref="HttpdNode.Name"/> as written (compare case-insensitively),
/// <see cref="HttpdNode.Args"/> split by httpd's word rules (ap_getword_conf) after ${VAR}
/// expansion, <see cref="HttpdNode.RawArgs"/> the text after the name. The span is the
/// directive's last physical line, as httpd reports it.
/// </summary>
public sealed record DirectiveNode(string Name, ImmutableArray<string> Args, string RawArgs, SourceSpan Span)
    : HttpdNode(Name, Args, RawArgs, Span);
