using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Tomcat's <c>${name}</c> / <c>${name:-default}</c> replacement in attribute values and element
/// text (§1.7): repeated on its own result up to 20 rounds; an undefined name without default is
/// kept literally (TC2418). Lookup order: the environment only when
/// <c>org.apache.tomcat.util.digester.PROPERTY_SOURCE</c> names EnvironmentPropertySource, then the
/// system properties (--property values overridden by catalina.properties).
/// </summary>
public sealed class PropertySubstitution
{
    public const string PropertySourceKey = "org.apache.tomcat.util.digester.PROPERTY_SOURCE";

    private const int MaxRounds = 20;

    // A self-doubling definition would otherwise grow to megabytes within the 20 rounds.
    private const int MaxLength = 1 << 20;

    private readonly IReadOnlyDictionary<string, string> _properties;
    private readonly Func<string, string?>? _environment;
    private readonly bool _defaultsSupported;

    /// <param name="properties">System properties as Tomcat would see them.</param>
    /// <param name="environment">Environment lookup (used only if PROPERTY_SOURCE enables it).</param>
    /// <param name="defaultsSupported">The <c>:-</c> form exists from 9.0.35 / 8.5.55.</param>
    public PropertySubstitution(IReadOnlyDictionary<string, string> properties, Func<string, string?>? environment = null, bool defaultsSupported = true)
    {
        _properties = properties;
        var source = properties.GetValueOrDefault(PropertySourceKey) ?? "";
        _environment = source.Contains("EnvironmentPropertySource", StringComparison.Ordinal) ? environment : null;
        _defaultsSupported = defaultsSupported;
    }

    public static PropertySubstitution None { get; } = new(new Dictionary<string, string>());

    /// <summary>Replaces references in <paramref name="value"/>, reporting undefined names at <paramref name="at"/>.</summary>
    public string Apply(string value, SourceSpan at, DiagnosticBag diagnostics, bool secret = false)
    {
        if (!value.Contains("${", StringComparison.Ordinal))
            return value;
        List<string>? undefined = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            undefined?.Clear();
            var next = ReplaceOnce(value, ref undefined);
            if (next == value)
            {
                foreach (var name in undefined ?? [])
                    diagnostics.Add(ConfigDiagnostics.UndefinedProperty, at, name);
                return value;
            }

            value = next;
            if (value.Length > MaxLength)
                break;
        }

        diagnostics.Add(ConfigDiagnostics.PropertyLoop, at, secret ? "(secret value)" : Shorten(value));
        return value;
    }

    private string ReplaceOnce(string value, ref List<string>? undefined)
    {
        var sb = new StringBuilder(value.Length);
        var pos = 0;
        while (pos < value.Length)
        {
            var start = value.IndexOf("${", pos, StringComparison.Ordinal);
            var end = start < 0 ? -1 : value.IndexOf('}', start + 2);
            if (end < 0)
            {
                sb.Append(value, pos, value.Length - pos);
                break;
            }

            sb.Append(value, pos, start - pos);
            var name = value.Substring(start + 2, end - start - 2);
            var resolved = Resolve(name);
            if (resolved is null)
            {
                (undefined ??= []).Add(name);
                sb.Append(value, start, end - start + 1);
            }
            else
            {
                sb.Append(resolved);
            }

            pos = end + 1;
        }

        return sb.ToString();
    }

    private string? Resolve(string name)
    {
        var sep = _defaultsSupported ? name.IndexOf(":-", StringComparison.Ordinal) : -1;
        var key = sep >= 0 ? name[..sep] : name;
        var found = Lookup(key);
        return found ?? (sep >= 0 ? name[(sep + 2)..] : null);
    }

    private string? Lookup(string key) => _environment?.Invoke(key) ?? _properties.GetValueOrDefault(key);

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
