using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>httpd <c>CustomLog file|pipe format|nickname [env=...]</c>, format resolved through <c>LogFormat</c>.</summary>
public sealed record AccessLogSpec(string Target, string Format, string? Nickname, string? Condition, SourceSpan Source);
