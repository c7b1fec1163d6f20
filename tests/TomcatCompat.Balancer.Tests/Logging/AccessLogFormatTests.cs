using System.Net;
using System.Text;
using CsCheck;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Logging;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Logging;

public class AccessLogFormatTests
{
    private const string Combined = "%h %l %u %t \\\"%r\\\" %>s %b \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"";

    private static AccessLogFormat Compile(string format) => AccessLogFormat.Compile(new AccessLogSpec("logs/access.log", format, null, null, Span(40)));

    private static DefaultHttpContext Context()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.9.9.9");
        context.Connection.LocalPort = 8080;
        context.Request.Method = "GET";
        context.Request.Path = "/test/index.jsp";
        context.Request.QueryString = new QueryString("?a=1");
        context.Request.Protocol = "HTTP/1.1";
        context.Request.Headers.UserAgent = "curl/8 \"x\"";
        context.Response.StatusCode = 200;
        context.Response.ContentLength = 226;
        context.Features.Set(new BalancerVariables { WorkerRoute = "tomcat1", RouteChanged = null });
        return context;
    }

    [Fact]
    public void LogFormat_combined_writes_httpd_line_with_escaped_quotes()
    {
        var start = new DateTimeOffset(2026, 11, 25, 6, 51, 42, TimeSpan.FromHours(1));

        var line = AccessLogLine.Format(Compile(Combined), Context(), null, start, 1234, null);

        Assert.Equal("10.9.9.9 - - [25/Nov/2026:06:51:42 +0100] \"GET /test/index.jsp?a=1 HTTP/1.1\" 200 226 \"-\" \"curl/8 \\\"x\\\"\"\n", line);
    }

    [Fact]
    public void LogFormat_D_and_BALANCER_WORKER_ROUTE_e_and_unset_variable_is_dash()
    {
        var format = Compile("%D %{BALANCER_WORKER_ROUTE}e %{BALANCER_ROUTE_CHANGED}e %B %b %U%q %m %H %p %%");
        var context = Context();
        context.Response.ContentLength = null;

        var line = AccessLogLine.Format(format, context, null, DateTimeOffset.UnixEpoch, 1500, 0);

        Assert.Equal("1500 tomcat1 - 0 - /test/index.jsp?a=1 GET HTTP/1.1 8080 %\n", line);
        Assert.Empty(format.Unsupported);
        Assert.True(format.NeedsByteCount);
    }

    [Fact]
    public void LogFormat_unknown_and_modified_directives_are_listed_and_written_as_dash()
    {
        var format = Compile("%{%Y}t %400,501{User-Agent}i %X %k %h");

        Assert.Equal(["%{%Y}t", "%400,501{User-Agent}i", "%X", "%k"], format.Unsupported.ToArray());
        Assert.Equal("- - - - 10.9.9.9\n", AccessLogLine.Format(format, Context(), null, DateTimeOffset.UnixEpoch, 0, null));
    }

    [Fact]
    public void LogFormat_escapes_control_characters_like_ap_escape_logitem()
    {
        var sb = new StringBuilder();

        AccessLogLine.Escape(sb, "a\"b\\c\nd\u0001");

        Assert.Equal("a\\\"b\\\\c\\nd\\x01", sb.ToString());
    }

    [Fact]
    public void LogFormat_random_formats_compile_and_format_without_throwing()
    {
        Gen.String.Sample(text =>
        {
            var format = Compile(text);
            Assert.EndsWith("\n", AccessLogLine.Format(format, Context(), null, DateTimeOffset.UnixEpoch, 1, 2), StringComparison.Ordinal);
        }, iter: 400);
    }
}
