using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>One <c>key=value</c> line of a mod_jk properties file, key and value trimmed, comment removed.</summary>
internal sealed record PropertyLine(string Key, string Value, SourceSpan Span);
