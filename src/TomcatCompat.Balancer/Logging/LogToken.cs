namespace TomcatCompat.Balancer.Logging;

/// <summary>One piece of a compiled <c>LogFormat</c>: literal text, or a directive with its <c>{argument}</c>.</summary>
internal readonly record struct LogToken(LogTokenKind Kind, string Text);
