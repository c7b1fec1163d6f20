using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// Resolves <c>CustomLog</c> formats through <c>LogFormat</c> nicknames: a vhost's own nicknames
/// first, then the main server's (mod_log_config looks names up after the whole config is read).
/// </summary>
internal static class LogFormatTable
{
    public static AccessLogSpec Resolve(
        (string Target, string Format, string? Condition, SourceSpan Source) log,
        IReadOnlyDictionary<string, string> own,
        IReadOnlyDictionary<string, string> main,
        DiagnosticBag diagnostics)
    {
        if (own.TryGetValue(log.Format, out var format) || main.TryGetValue(log.Format, out format))
        {
            return new AccessLogSpec(log.Target, format, log.Format, log.Condition, log.Source);
        }

        if (!log.Format.Contains('%', StringComparison.Ordinal))
        {
            diagnostics.Add(ConfigDiagnostics.CustomLogLiteralFormat, log.Source, log.Format);
        }

        return new AccessLogSpec(log.Target, log.Format, null, log.Condition, log.Source);
    }
}
