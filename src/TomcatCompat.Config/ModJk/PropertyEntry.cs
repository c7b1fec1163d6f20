using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>A workers.properties key with its value after $(var) expansion and joining, and where it was set.</summary>
internal sealed record PropertyEntry(string Key, string Value, SourceSpan Span);
