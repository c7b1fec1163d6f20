namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Tomcat's <c>{b,b,…}</c> byte lists (StaticMember uniqueId, domain, host): split on '{', ',', '}'
/// and parsed with Java <c>Byte.parseByte</c>, so no spaces and only −128…127 (§8.2).
/// </summary>
public static class ByteList
{
    public static bool IsValid(string text, int count)
    {
        if (!text.StartsWith('{') || !text.EndsWith('}'))
            return false;
        var parts = text[1..^1].Split(',');
        if (parts.Length != count)
            return false;
        foreach (var p in parts)
        {
            if (!JavaText.TryParseInt(p, out var b) || b is < -128 or > 127)
                return false;
        }

        return true;
    }
}
