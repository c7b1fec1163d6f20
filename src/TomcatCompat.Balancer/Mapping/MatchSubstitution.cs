using System.Text;
using System.Text.RegularExpressions;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>httpd <c>ap_pregsub</c> for ProxyPassMatch targets: <c>$0</c>–<c>$9</c> replaced, <c>\x</c> kept as x.</summary>
internal static class MatchSubstitution
{
    public static bool HasSubstitution(string target)
    {
        for (var i = 0; i + 1 < target.Length; i++)
        {
            if (target[i] == '$' && char.IsAsciiDigit(target[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static string Apply(string target, Match match)
    {
        var sb = new StringBuilder(target.Length + 32);
        for (var i = 0; i < target.Length; i++)
        {
            var c = target[i];
            if (c == '\\' && i + 1 < target.Length)
            {
                sb.Append(target[++i]);
            }
            else if (c == '$' && i + 1 < target.Length && char.IsAsciiDigit(target[i + 1]))
            {
                var group = match.Groups[target[++i] - '0'];
                if (group.Success)
                {
                    sb.Append(group.Value);
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
