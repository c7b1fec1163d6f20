using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>Where a key=value is being applied: the directive that carries it, its line, its server.</summary>
internal readonly record struct ParamSite(string Directive, SourceSpan Span, ServerState Server, BindContext Context);
