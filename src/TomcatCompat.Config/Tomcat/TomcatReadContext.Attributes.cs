using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Tomcat;

// Attribute conversion as Tomcat's SetPropertiesRule does it (§1.2, §1.3): the effective map
// holds converted values plus Tomcat's defaults; a value Tomcat would reject leaves the default.
internal sealed partial class TomcatReadContext
{
    /// <summary>
    /// Effective attributes of <paramref name="element"/> for a class of <paramref name="className"/>
    /// (simple name) whose table is <paramref name="set"/> (null: no table, everything kept as written).
    /// </summary>
    public ImmutableSortedDictionary<string, string> Attributes(XElement element, string className, AttributeSet? set)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var name = Name(element);
        foreach (var attribute in element.Attributes())
        {
            var attr = attribute.Name.LocalName;
            // className is a "fake attribute" and "optional" never warns (§1.2); xmlns/xsi are not properties.
            if (attribute.Name.Namespace != XNamespace.None || attr is "className" or "optional")
                continue;
            var value = Properties.Apply(attribute.Value, At(attribute), Diagnostics, IsSecret(attr));
            var def = set?.Find(attr);
            if (def is not null && !def.AvailableIn(Version))
            {
                if (def.Hint is null && set!.Complete)
                    def = null;
                else
                {
                    Report(ConfigDiagnostics.UnknownAttribute, attribute, name, attr, $"{className} in Tomcat {Version}", def.Hint ?? $" (available {(def.Since is { } s ? "from " + s : "before " + def.RemovedIn)})");
                    continue;
                }
            }

            if (def is null)
            {
                if (set is null)
                    result[attr] = value;
                else if (set.Complete)
                    Report(ConfigDiagnostics.UnknownAttribute, attribute, name, attr, className, Suggest(set, attr));
                else
                {
                    Report(ConfigDiagnostics.UnlistedAttribute, attribute, name, attr, className, Suggest(set, attr, ""));
                    result[attr] = value;
                }

                continue;
            }

            if (Convert(attribute, name, def, value) is { } converted)
                result[def.AliasOf ?? def.Name] = converted;
        }

        foreach (var def in set?.Attributes ?? [])
        {
            if (def.Default is not null && def.AliasOf is null && def.AvailableIn(Version))
                result.TryAdd(def.Name, def.Default);
        }

        return result.ToImmutable();
    }

    /// <summary>Effective defaults of a class that no element names (implicit components, §2).</summary>
    public static ImmutableSortedDictionary<string, string> Defaults(string kind, TomcatVersion version)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var def in AttributeTable.For(kind)?.Attributes ?? [])
        {
            if (def.Default is not null && def.AliasOf is null && def.AvailableIn(version))
                result[def.Name] = def.Default;
        }

        return result.ToImmutable();
    }

    /// <summary>Attribute names whose values must never reach a diagnostic message.</summary>
    public static bool IsSecret(string attribute) =>
        attribute is "secret" or "requiredSecret" or "encryptionKey" or "encryptionKeyString" or "shutdown" ||
        attribute.Contains("password", StringComparison.OrdinalIgnoreCase) ||
        attribute.EndsWith("Pass", StringComparison.Ordinal);

    public static string Shown(string attribute, string value) => IsSecret(attribute) ? "(secret value)" : value;

    private string? Convert(XAttribute attribute, string element, AttributeDef def, string value)
    {
        var shown = Shown(def.Name, value);
        switch (def.Type)
        {
            case AttributeType.Int when !JavaText.TryParseInt(value, out _):
            case AttributeType.Long when !JavaText.TryParseLong(value, out _):
                Report(ConfigDiagnostics.BadInteger, attribute, element, attribute.Name.LocalName, shown, def.Default ?? "(unset)");
                return null;
            case AttributeType.Bool:
                if (!JavaText.IsBoolWord(value))
                    Report(ConfigDiagnostics.BadBoolean, attribute, element, attribute.Name.LocalName, shown);
                return JavaText.ParseBool(value) ? "true" : "false";
            case AttributeType.SendOptions:
                return ConvertSendOptions(attribute, element, def, value);
            default:
                return value;
        }
    }

    private string? ConvertSendOptions(XAttribute attribute, string element, AttributeDef def, string value)
    {
        var attr = attribute.Name.LocalName;
        var r = SendOptionsParser.Parse(value, Version);
        if (r.NamesTooOld)
        {
            var number = SendOptionsParser.NamesToNumber(value);
            Report(ConfigDiagnostics.SendOptionsNamesTooOld, attribute, element, attr, value, Version, def.Default,
                number?.ToString(CultureInfo.InvariantCulture) ?? "of the flags");
            return null;
        }

        if (r.InvalidToken is not null)
        {
            Report(ConfigDiagnostics.InvalidSendOptions, attribute, element, attr, value, $"[{r.InvalidToken}] is not a valid option", def.Default);
            return null;
        }

        if (!r.Stored)
        {
            Report(ConfigDiagnostics.SendOptionsNotPositive, attribute, element, attr, value, r.Value, def.Default);
            return null;
        }

        return r.Value!.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"did you mean" advice: a case-only difference is named as such, else the nearest known name by edit distance.</summary>
    private static string Suggest(AttributeSet set, string attr, string otherwise = "; remove it or fix its spelling") =>
        set.Closest(attr) is not { } near ? otherwise
        : string.Equals(near.Name, attr, StringComparison.OrdinalIgnoreCase)
            ? $"; did you mean \"{near.Name}\" (names are case-sensitive except the first letter)?"
            : $"; did you mean \"{near.Name}\"?";
}
