using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TomcatCompat.Node.AccessLog;

/// <summary>
/// Tomcat's AccessLogValve <c>pattern</c> (tomcat-cluster.md, Valves; Tomcat 10.1 valve docs): the names
/// <c>common</c> and <c>combined</c>, and the codes %a %A %b %B %D %h %H %l %m %p %q %r %s %S %t %T %u %U %v
/// plus %{name}i/o/c. %D is microseconds and %T seconds, as in Tomcat 10. Anything else is written as
/// "???" (as Tomcat does for an unknown code) and reported once (TC4503).
/// </summary>
internal sealed class AccessLogPattern
{
    /// <summary>Tomcat's <c>common</c>.</summary>
    public const string Common = "%h %l %u %t \"%r\" %s %b";

    private const string Supported = "aAbBDhHlmpqrsStTuUv";

    private AccessLogPattern(ImmutableArray<AccessLogToken> tokens, ImmutableArray<string> unsupported)
    {
        Tokens = tokens;
        Unsupported = unsupported;
    }

    public ImmutableArray<AccessLogToken> Tokens { get; }

    /// <summary>Codes written as "???": what TomcatCompat does not reproduce.</summary>
    public ImmutableArray<string> Unsupported { get; }

    /// <summary>Tomcat's default pattern is <c>common</c>.</summary>
    public static AccessLogPattern Parse(string? pattern)
    {
        var text = pattern switch
        {
            null or "" or "common" => Common,
            "combined" => Common + " \"%{Referer}i\" \"%{User-Agent}i\"",
            _ => pattern,
        };
        var tokens = ImmutableArray.CreateBuilder<AccessLogToken>();
        var unsupported = ImmutableArray.CreateBuilder<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%' || i + 1 >= text.Length)
            {
                literal.Append(text[i]);
                continue;
            }

            if (literal.Length > 0)
            {
                tokens.Add(new AccessLogToken('\0', literal.ToString()));
                literal.Clear();
            }

            var close = text[i + 1] == '{' ? text.IndexOf('}', i + 2) : -1;
            if (close > 0 && close + 1 < text.Length)
            {
                var code = text[close + 1];
                tokens.Add(new AccessLogToken(code, text[(i + 2)..close]));
                if (code is not ('i' or 'o' or 'c'))
                    unsupported.Add(text[i..(close + 2)]);
                i = close + 1;
            }
            else
            {
                var code = text[i + 1];
                tokens.Add(new AccessLogToken(code, ""));
                if (!Supported.Contains(code, StringComparison.Ordinal))
                    unsupported.Add("%" + code);
                i++;
            }
        }

        if (literal.Length > 0)
            tokens.Add(new AccessLogToken('\0', literal.ToString()));
        return new AccessLogPattern(tokens.ToImmutable(), unsupported.Distinct().ToImmutableArray());
    }

    public string Format(AccessLogRecord r)
    {
        var line = new StringBuilder(128);
        foreach (var token in Tokens)
        {
            if (token.Text.Length > 0 && token.Code is not ('\0' or 'i' or 'o' or 'c'))
            {
                line.Append("???");
                continue;
            }

            line.Append(token.Code switch
            {
                '\0' => token.Text,
                'a' or 'h' => r.RemoteAddress,
                'A' => r.LocalAddress,
                'b' => r.BytesSent == 0 ? "-" : r.BytesSent.ToString(CultureInfo.InvariantCulture),
                'B' => r.BytesSent.ToString(CultureInfo.InvariantCulture),
                'D' => r.ElapsedMicroseconds.ToString(CultureInfo.InvariantCulture),
                'T' => (r.ElapsedMicroseconds / 1_000_000).ToString(CultureInfo.InvariantCulture),
                'H' => r.Protocol,
                'l' or 'u' => "-",
                'm' => r.Method,
                'p' => r.LocalPort.ToString(CultureInfo.InvariantCulture),
                'q' => r.Query,
                'r' => r.Method + " " + r.Path + r.Query + " " + r.Protocol,
                's' => r.Status.ToString(CultureInfo.InvariantCulture),
                'S' => r.SessionId ?? "-",
                't' => Time(r.Start),
                'U' => r.Path,
                'v' => r.ServerName,
                'i' => r.RequestHeader(token.Text) ?? "-",
                'o' => r.ResponseHeader(token.Text) ?? "-",
                'c' => r.Cookie(token.Text) ?? "-",
                _ => "???",
            });
        }

        return line.ToString();
    }

    /// <summary>Tomcat's %t: <c>[25/Nov/2026:10:46:47 +0000]</c>, in local time.</summary>
    internal static string Time(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture, $"[{time:dd/MMM/yyyy:HH:mm:ss} {sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}]");
    }
}
