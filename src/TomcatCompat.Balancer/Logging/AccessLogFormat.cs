using System.Collections.Immutable;
using System.Text;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Logging;

/// <summary>
/// A <c>CustomLog</c> with its <c>LogFormat</c> compiled once into tokens (mod_log_config). The
/// directives listed in <see cref="LogTokenKind"/> are written; others become "-" and are listed in
/// <see cref="Unsupported"/> so the host reports them (TC4412).
/// </summary>
internal sealed class AccessLogFormat
{
    private AccessLogFormat(AccessLogSpec spec, ImmutableArray<LogToken> tokens, ImmutableArray<string> unsupported)
    {
        Spec = spec;
        Tokens = tokens;
        Unsupported = unsupported;
        foreach (var t in tokens)
        {
            NeedsByteCount |= t.Kind is LogTokenKind.Bytes or LogTokenKind.BytesClf;
        }
    }

    public AccessLogSpec Spec { get; }

    public ImmutableArray<LogToken> Tokens { get; }

    /// <summary>Directives written as "-" because they are not reproduced.</summary>
    public ImmutableArray<string> Unsupported { get; }

    /// <summary>True when the body size must be counted (the response may be chunked).</summary>
    public bool NeedsByteCount { get; }

    /// <summary>The writer, attached when the host starts; null when the target is not a file.</summary>
    public AccessLogWriter? Writer { get; set; }

    public static AccessLogFormat Compile(AccessLogSpec spec)
    {
        var format = spec.Format;
        var tokens = ImmutableArray.CreateBuilder<LogToken>();
        var unsupported = ImmutableArray.CreateBuilder<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '\\' && i + 1 < format.Length)
            {
                // LogFormat strings know \n, \t and backslash escapes of the next character.
                var n = format[++i];
                literal.Append(n switch { 'n' => '\n', 't' => '\t', _ => n });
                continue;
            }

            if (c != '%' || i + 1 >= format.Length)
            {
                literal.Append(c);
                continue;
            }

            var start = i;
            i++;
            if (format[i] == '%')
            {
                literal.Append('%');
                continue;
            }

            // Optional modifiers: '<' or '>' (which request of an internal redirect), status lists, '!'.
            var modifiers = false;
            while (i < format.Length && (format[i] is '<' or '>' or '!' or ',' || char.IsAsciiDigit(format[i])))
            {
                modifiers |= format[i] is not ('<' or '>');
                i++;
            }

            string argument = "";
            if (i < format.Length && format[i] == '{')
            {
                var close = format.IndexOf('}', i + 1);
                if (close < 0)
                {
                    unsupported.Add(format[start..]);
                    literal.Append(format, start, format.Length - start);
                    break;
                }

                argument = format[(i + 1)..close];
                i = close + 1;
            }

            if (i >= format.Length)
            {
                unsupported.Add(format[start..]);
                break;
            }

            var kind = KindOf(format[i], argument.Length > 0);
            if (kind == LogTokenKind.Unsupported || modifiers)
            {
                unsupported.Add(format[start..(i + 1)]);
                kind = LogTokenKind.Unsupported;
            }

            if (literal.Length > 0)
            {
                tokens.Add(new LogToken(LogTokenKind.Literal, literal.ToString()));
                literal.Clear();
            }

            tokens.Add(new LogToken(kind, argument));
        }

        if (literal.Length > 0)
        {
            tokens.Add(new LogToken(LogTokenKind.Literal, literal.ToString()));
        }

        return new AccessLogFormat(spec, tokens.ToImmutable(), unsupported.ToImmutable());
    }

    private static LogTokenKind KindOf(char c, bool hasArgument) => (c, hasArgument) switch
    {
        ('h' or 'a', false) => LogTokenKind.RemoteHost,
        ('l', false) => LogTokenKind.RemoteLogname,
        ('u', false) => LogTokenKind.RemoteUser,
        ('t', false) => LogTokenKind.Time,
        ('r', false) => LogTokenKind.RequestLine,
        ('s', false) => LogTokenKind.Status,
        ('b', false) => LogTokenKind.BytesClf,
        ('B' or 'O', false) => LogTokenKind.Bytes,
        ('D', false) => LogTokenKind.DurationMicroseconds,
        ('T', false) => LogTokenKind.DurationSeconds,
        ('i', true) => LogTokenKind.RequestHeader,
        ('o', true) => LogTokenKind.ResponseHeader,
        ('e', true) => LogTokenKind.Environment,
        ('U', false) => LogTokenKind.UrlPath,
        ('q', false) => LogTokenKind.Query,
        ('m', false) => LogTokenKind.Method,
        ('H', false) => LogTokenKind.Protocol,
        ('v', false) => LogTokenKind.ServerName,
        ('p', false) => LogTokenKind.Port,
        ('P', false) => LogTokenKind.ProcessId,
        _ => LogTokenKind.Unsupported,
    };
}
