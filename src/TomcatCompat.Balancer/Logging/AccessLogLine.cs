using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.Logging;

/// <summary>Formats one access-log line as mod_log_config does (values escaped with <c>ap_escape_logitem</c>).</summary>
internal static class AccessLogLine
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string Pid = System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    public static string Format(AccessLogFormat format, HttpContext context, ScopeSettings? scope, DateTimeOffset start, long elapsedMicroseconds, long? bodyBytes)
    {
        var sb = new StringBuilder(160);
        var request = context.Request;
        var response = context.Response;
        foreach (var token in format.Tokens)
        {
            switch (token.Kind)
            {
                case LogTokenKind.Literal:
                    sb.Append(token.Text);
                    break;
                case LogTokenKind.RemoteHost:
                    sb.Append(context.Connection.RemoteIpAddress?.ToString() ?? "-");
                    break;
                case LogTokenKind.RemoteLogname or LogTokenKind.RemoteUser or LogTokenKind.Unsupported:
                    sb.Append('-');
                    break;
                case LogTokenKind.Time:
                    AppendTime(sb, start);
                    break;
                case LogTokenKind.RequestLine:
                    var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : request.Path + request.QueryString;
                    Escape(sb, request.Method + " " + target + " " + request.Protocol);
                    break;
                case LogTokenKind.Status:
                    sb.Append(response.StatusCode.ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.BytesClf:
                    var clf = bodyBytes ?? response.ContentLength ?? 0;
                    sb.Append(clf == 0 ? "-" : clf.ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.Bytes:
                    sb.Append((bodyBytes ?? response.ContentLength ?? 0).ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.DurationMicroseconds:
                    sb.Append(elapsedMicroseconds.ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.DurationSeconds:
                    sb.Append((elapsedMicroseconds / 1_000_000).ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.RequestHeader:
                    AppendOrDash(sb, request.Headers.TryGetValue(token.Text, out var rq) && rq.Count > 0 ? rq.ToString() : null);
                    break;
                case LogTokenKind.ResponseHeader:
                    AppendOrDash(sb, response.Headers.TryGetValue(token.Text, out var rs) && rs.Count > 0 ? rs.ToString() : null);
                    break;
                case LogTokenKind.Environment:
                    AppendOrDash(sb, context.Features.Get<BalancerVariables>()?.Get(token.Text));
                    break;
                case LogTokenKind.UrlPath:
                    Escape(sb, request.Path.Value ?? "/");
                    break;
                case LogTokenKind.Query:
                    Escape(sb, request.QueryString.Value ?? "");
                    break;
                case LogTokenKind.Method:
                    Escape(sb, request.Method);
                    break;
                case LogTokenKind.Protocol:
                    sb.Append(request.Protocol);
                    break;
                case LogTokenKind.ServerName:
                    sb.Append(scope?.ServerName ?? request.Host.Host);
                    break;
                case LogTokenKind.Port:
                    sb.Append(context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture));
                    break;
                case LogTokenKind.ProcessId:
                    sb.Append(Pid);
                    break;
            }
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>mod_log_config writes "-" for a missing value (an empty environment value stays empty).</summary>
    private static void AppendOrDash(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append('-');
        }
        else
        {
            Escape(sb, value);
        }
    }

    /// <summary><c>[25/Nov/2026:06:51:42 +0000]</c> in the server's local time.</summary>
    internal static void AppendTime(StringBuilder sb, DateTimeOffset t)
    {
        var offset = t.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        sb.Append('[')
            .Append(t.Day.ToString("00", CultureInfo.InvariantCulture)).Append('/')
            .Append(Months[t.Month - 1]).Append('/')
            .Append(t.Year.ToString("0000", CultureInfo.InvariantCulture)).Append(':')
            .Append(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(' ')
            .Append(sign)
            .Append(offset.Hours.ToString("00", CultureInfo.InvariantCulture))
            .Append(offset.Minutes.ToString("00", CultureInfo.InvariantCulture))
            .Append(']');
    }

    /// <summary>httpd <c>ap_escape_logitem</c>: '"' and '\' backslash-escaped, control characters as \xhh (and \n, \t...).</summary>
    internal static void Escape(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\v':
                    sb.Append("\\v");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }
}
