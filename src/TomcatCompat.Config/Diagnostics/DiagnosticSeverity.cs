namespace TomcatCompat.Config.Diagnostics;

/// <summary>Severity states certainty: error = the real program refuses it or it cannot work.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
