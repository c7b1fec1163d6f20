using System.Globalization;
using System.Text.RegularExpressions;

namespace TomcatCompat.Balancer.Health;

/// <summary>
/// The subset of httpd's ap_expr that <c>ProxyHCExpr</c> conditions use in practice (httpd-proxy.md §5):
/// <c>%{REQUEST_STATUS}</c> and <c>hc('body')</c> compared with <c>=~ !~ == != &lt; &lt;= &gt; &gt;=</c>
/// (strings), <c>-eq -ne -lt -le -gt -ge</c> (integers), <c>-n</c>/<c>-z</c>, joined with
/// <c>! &amp;&amp; ||</c> and parentheses. Anything else fails to parse (TC4413 at start).
/// </summary>
internal sealed class HcExpression
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private readonly Func<HcResponse, bool> _evaluate;

    private HcExpression(string text, Func<HcResponse, bool> evaluate)
    {
        Text = text;
        _evaluate = evaluate;
    }

    public string Text { get; }

    /// <summary>The check passes when the expression is true; an evaluation error fails it (as in httpd).</summary>
    public bool Evaluate(HcResponse response)
    {
        try
        {
            return _evaluate(response);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Parses <paramref name="text"/> (outer <c>{...}</c> allowed); returns null and the reason when it is not understood.</summary>
    public static HcExpression? TryParse(string text, out string? error)
    {
        var body = text.Trim();
        if (body.Length >= 2 && body[0] == '{' && body[^1] == '}')
        {
            body = body[1..^1];
        }

        try
        {
            var parser = new HcExpressionParser(body);
            var evaluate = parser.ParseAll();
            error = null;
            return new HcExpression(text, evaluate);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    internal static Regex CompileRegex(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (var f in flags)
        {
            options |= f switch
            {
                'i' => RegexOptions.IgnoreCase,
                _ => throw new FormatException($"regex flag '{f}' is not supported"),
            };
        }

        try
        {
            return new Regex(pattern, options, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"regex /{pattern}/ cannot be compiled: {e.Message}");
        }
    }

    internal static long ToInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"\"{value}\" is not an integer");
}
