using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Reads the YAML subset Redisson's <c>configPath</c> files use: one of <c>singleServerConfig</c>,
/// <c>sentinelServersConfig</c>, <c>clusterServersConfig</c> (also <c>masterSlaveServersConfig</c> and
/// <c>replicatedServersConfig</c>, whose addresses are all handed to the client, which finds the master)
/// with scalar keys and <c>- item</c> or <c>[a, b]</c> lists, comments and quotes. The result is a set of
/// <c>redisson.*</c> attributes on the Manager (mode, addresses, database, credentials, timeouts);
/// problems are TC2704–TC2706 at the YAML file's line.
/// </summary>
internal static class RedissonConfigReader
{
    private static readonly string[] Sections =
        ["singleServerConfig", "sentinelServersConfig", "clusterServersConfig", "masterSlaveServersConfig", "replicatedServersConfig"];

    /// <summary>The <c>redisson.*</c> attributes from <paramref name="file"/>; empty after an error.</summary>
    public static ImmutableSortedDictionary<string, string> Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var span = new SourceSpan(file.DisplayPath, 1);
        if (file.Text.TrimStart().StartsWith('{'))
        {
            diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, span, "the file is JSON", "Redisson 3.x reads YAML: convert it (the keys stay the same)");
            return result.ToImmutable();
        }

        var (sections, topLevel) = Parse(file);
        foreach (var entry in topLevel.Where(e => e.Key == "codec"))
            diagnostics.Add(ConfigDiagnostics.RedissonConfigKeyIgnored, At(file, entry.Line), entry.Key, "TomcatCompat stores attribute bytes as the node produced them, not through a Redisson codec");
        var found = Sections.Where(sections.ContainsKey).ToList();
        if (found.Count != 1)
        {
            diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, span,
                found.Count == 0 ? "it has none of " + string.Join(", ", Sections) : "it has more than one server section (" + string.Join(", ", found) + ")",
                "keep exactly one, e.g. singleServerConfig: with address: \"redis://127.0.0.1:6379\"");
            return result.ToImmutable();
        }

        var name = found[0];
        var keys = sections[name].ToDictionary(e => e.Key, StringComparer.Ordinal);
        var (mode, addressKeys) = name switch
        {
            "singleServerConfig" => ("single", new[] { "address" }),
            "sentinelServersConfig" => ("sentinel", new[] { "sentinelAddresses" }),
            "clusterServersConfig" => ("cluster", new[] { "nodeAddresses" }),
            "masterSlaveServersConfig" => ("single", new[] { "masterAddress", "slaveAddresses" }),
            _ => ("single", new[] { "nodeAddresses" }),
        };
        var addresses = new List<string>();
        foreach (var key in addressKeys.Where(keys.ContainsKey))
        {
            var entry = keys[key];
            foreach (var address in entry.Value is { } v ? [v] : entry.Items.AsEnumerable())
            {
                if (Endpoint(address) is { } endpoint)
                    addresses.Add(endpoint);
                else
                    diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, At(file, entry.Line), $"{key} \"{address}\" is not a redis:// URL", "write it as \"redis://host:port\"");
            }
        }

        if (addresses.Count == 0 && !addressKeys.Any(keys.ContainsKey))
        {
            diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, At(file, sections[name].FirstOrDefault()?.Line ?? 1), $"{name} has no {addressKeys[0]}",
                $"add {addressKeys[0]}: \"redis://127.0.0.1:6379\"");
            return result.ToImmutable();
        }

        if (addresses.Count == 0)
            return result.ToImmutable();
        if (mode == "sentinel" && !keys.ContainsKey("masterName"))
        {
            diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, At(file, sections[name][0].Line), "sentinelServersConfig has no masterName", "add masterName: the name the sentinels monitor");
            return result.ToImmutable();
        }

        result["redisson.mode"] = mode;
        result["redisson.addresses"] = string.Join(",", addresses);
        foreach (var key in new[] { "database", "password", "username", "timeout", "connectTimeout", "masterName" })
        {
            if (keys.TryGetValue(key, out var entry) && entry.Value is { } value && value != "null" && value != "~")
                result["redisson." + key] = value;
        }

        foreach (var key in new[] { "database", "timeout", "connectTimeout" })
        {
            if (result.TryGetValue("redisson." + key, out var text) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Add(ConfigDiagnostics.RedissonConfigInvalid, At(file, keys[key].Line), $"{key} \"{text}\" is not a whole number", "write a number");
                result.Remove("redisson." + key);
            }
        }

        return result.ToImmutable();
    }

    /// <summary><c>redis://[user:pass@]host:port</c> → <c>host:port</c>; null when not a redis URL.</summary>
    internal static string? Endpoint(string address)
    {
        var rest = address.StartsWith("redis://", StringComparison.Ordinal) ? address[8..]
            : address.StartsWith("rediss://", StringComparison.Ordinal) ? address[9..] : null;
        if (rest is null)
            return null;
        rest = rest[(rest.LastIndexOf('@') + 1)..].TrimEnd('/');
        var colon = rest.LastIndexOf(':');
        return rest.Length == 0 || rest.Contains('/') ? null
            : colon < 0 || rest.EndsWith(']') ? rest + ":6379"
            : int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536 ? rest : null;
    }

    private static (Dictionary<string, List<RedissonYamlEntry>> Sections, List<RedissonYamlEntry> TopLevel) Parse(SourceFile file)
    {
        var sections = new Dictionary<string, List<RedissonYamlEntry>>(StringComparer.Ordinal);
        var topLevel = new List<RedissonYamlEntry>();
        List<RedissonYamlEntry>? current = null;
        (string Key, int Line, List<string> Items)? list = null;
        var lines = file.Text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = StripComment(lines[i]);
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith("---", StringComparison.Ordinal))
                continue;
            var indent = raw.Length - raw.TrimStart().Length;
            var text = raw.Trim();
            if (text.StartsWith("- ", StringComparison.Ordinal) && list is { } l)
            {
                l.Items.Add(Unquote(text[2..].Trim()));
                continue;
            }

            Flush(current, ref list);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var key = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            if (indent == 0)
            {
                if (value.Length == 0 && Sections.Contains(key))
                    sections[key] = current = [];
                else
                {
                    current = null;
                    topLevel.Add(new RedissonYamlEntry(key, value, [], i + 1));
                }
            }
            else if (current is not null)
            {
                if (value.Length == 0)
                    list = (key, i + 1, []);
                else if (value.StartsWith('[') && value.EndsWith(']'))
                    current.Add(new RedissonYamlEntry(key, null, [.. value[1..^1].Split(',').Select(v => Unquote(v.Trim())).Where(v => v.Length > 0)], i + 1));
                else
                    current.Add(new RedissonYamlEntry(key, Unquote(value), [], i + 1));
            }
        }

        Flush(current, ref list);
        return (sections, topLevel);
    }

    private static void Flush(List<RedissonYamlEntry>? section, ref (string Key, int Line, List<string> Items)? list)
    {
        if (list is { } l && section is not null)
            section.Add(new RedissonYamlEntry(l.Key, null, [.. l.Items], l.Line));
        list = null;
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
                quote = c == quote ? '\0' : quote;
            else if (c is '"' or '\'')
                quote = c;
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line[..i];
        }

        return line;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static SourceSpan At(SourceFile file, int line) => new(file.DisplayPath, line);
}
