using System.Globalization;
using System.Text.RegularExpressions;

namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// mod_version's &lt;IfVersion [[!]op] version&gt;: op is =, ==, &gt;, &gt;=, &lt;, &lt;=, ~ (regex) or
/// =/== with /regex/; missing minor/patch count as 0, so "2.4" means exactly 2.4.0.
/// </summary>
internal static class IfVersionCondition
{
    private const string BadVersion =
        "Version appears to be invalid. It must have the format major[.minor[.patch]] where major, minor and patch are numbers.";

    /// <summary>Evaluates the condition; returns null and sets <paramref name="error"/> when it is malformed.</summary>
    public static bool? Evaluate(IReadOnlyList<string> args, string serverVersion, out string? error)
    {
        error = null;
        if (args.Count is 0 or > 2)
        {
            error = "IfVersion takes one or two arguments ([[!]operator] version); write e.g. <IfVersion >= 2.4.30>";
            return null;
        }

        var op = args.Count == 2 ? args[0] : "=";
        var version = args[^1];
        var negate = op.StartsWith('!');
        if (negate)
            op = op[1..];
        if (args.Count == 1 && version.Length > 2 && version[0] == '/' && version[^1] == '/')
            op = "=";

        bool result;
        if (op == "~" || (op is "=" or "==" && version.Length > 2 && version[0] == '/' && version[^1] == '/'))
        {
            var pattern = op == "~" ? version : version[1..^1];
            try
            {
                result = Regex.IsMatch(serverVersion, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
            {
                error = $"Unable to compile regular expression \"{pattern}\"; fix the pattern";
                return null;
            }
        }
        else
        {
            if (!TryParse(version, out var want))
            {
                error = BadVersion;
                return null;
            }

            TryParse(serverVersion, out var have);
            var cmp = have.CompareTo(want);
            bool? r = op switch
            {
                "=" or "==" => cmp == 0,
                ">" => cmp > 0,
                ">=" => cmp >= 0,
                "<" => cmp < 0,
                "<=" => cmp <= 0,
                _ => null,
            };
            if (r is null)
            {
                error = $"unknown operator \"{args[0]}\"; use =, ==, >, >=, <, <=, ~ (optionally prefixed by !)";
                return null;
            }

            result = r.Value;
        }

        return negate ? !result : result;
    }

    private static bool TryParse(string text, out (int Major, int Minor, int Patch) version)
    {
        version = default;
        var parts = text.Split('.');
        if (parts.Length > 3)
            return false;
        var n = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            // The server's own version may carry a suffix (2.4.71-dev); a configured one may not.
            var digits = parts[i];
            if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out n[i]))
                return false;
        }

        version = (n[0], n[1], n[2]);
        return true;
    }
}
