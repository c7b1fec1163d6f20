namespace TomcatCompat.Config.Diagnostics;

/// <summary>
/// A diagnostic kind, declared once in a catalog. Codes are permanent: never reused or re-pointed.
/// <see cref="MessageFormat"/> is a composite format string ({0}, {1}…).
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Title, string MessageFormat);
