using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.AccessLog;

/// <summary>
/// One <c>&lt;Valve className="org.apache.catalina.valves.AccessLogValve"&gt;</c> of an Engine or Host:
/// <c>directory</c> (default <c>logs</c>, relative to the node's CATALINA_BASE), <c>prefix</c> (default
/// <c>access_log</c>), <c>suffix</c> (default ""), <c>fileDateFormat</c> (default <c>.yyyy-MM-dd</c>),
/// <c>rotatable</c> (default true) and <c>pattern</c> (default <c>common</c>). A Host-level valve logs the
/// requests of that Host only.
/// </summary>
internal sealed class AccessLogValve : IAsyncDisposable
{
    /// <summary>Attributes this valve honours; others are reported by <see cref="NodeHost"/> (TC4503).</summary>
    public static readonly ImmutableHashSet<string> Honoured =
        ImmutableHashSet.Create(StringComparer.Ordinal, "className", "directory", "prefix", "suffix", "fileDateFormat", "rotatable", "pattern", "buffered", "enabled");

    /// <summary>Attributes that change nothing here while they keep Tomcat's default value (read from its attribute table).</summary>
    private static readonly FrozenDictionary<string, string> HarmlessDefaults = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["renameOnRotate"] = "false",
        ["maxDays"] = "-1",
        ["requestAttributesEnabled"] = "false",
        ["checkExists"] = "false",
        ["ipv6Canonical"] = "false",
        ["asyncSupported"] = "true",
        ["encoding"] = "UTF-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the attribute is honoured, or has no effect at its value.</summary>
    public static bool IsReproduced(string attribute, string value) =>
        Honoured.Contains(attribute) || (HarmlessDefaults.TryGetValue(attribute, out var harmless) && string.Equals(harmless, value, StringComparison.OrdinalIgnoreCase));

    private AccessLogValve(string? host, AccessLogPattern pattern, AccessLogFile file)
    {
        Host = host;
        Pattern = pattern;
        File = file;
    }

    /// <summary>The Host it belongs to; null for an Engine-level valve.</summary>
    public string? Host { get; }

    public AccessLogPattern Pattern { get; }

    public AccessLogFile File { get; }

    public static AccessLogValve Create(ValveSpec spec, string? host, string catalinaBase, ILogger logger)
    {
        var a = spec.Attributes;
        var directory = Path.GetFullPath(Path.Combine(catalinaBase, a.GetValueOrDefault("directory", "logs")));
        var rotatable = !string.Equals(a.GetValueOrDefault("rotatable"), "false", StringComparison.OrdinalIgnoreCase);
        var file = new AccessLogFile(directory, a.GetValueOrDefault("prefix", "access_log"), a.GetValueOrDefault("suffix", ""),
            rotatable ? a.GetValueOrDefault("fileDateFormat", ".yyyy-MM-dd") : null, logger);
        return new AccessLogValve(host, AccessLogPattern.Parse(a.GetValueOrDefault("pattern")), file);
    }

    public void Log(AccessLogRecord record) => File.Write(record.Start, Pattern.Format(record));

    public ValueTask DisposeAsync() => File.DisposeAsync();
}
