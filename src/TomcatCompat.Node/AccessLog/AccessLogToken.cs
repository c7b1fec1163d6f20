namespace TomcatCompat.Node.AccessLog;

/// <summary>One piece of an AccessLogValve pattern: literal text, <c>%x</c>, or <c>%{arg}x</c>.</summary>
/// <param name="Code">The pattern letter; '\0' for literal text.</param>
internal readonly record struct AccessLogToken(char Code, string Text);
