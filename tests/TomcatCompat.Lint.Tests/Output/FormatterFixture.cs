using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests.Output;

/// <summary>One fixed set of findings and files that every formatter test writes.</summary>
internal static class FormatterFixture
{
    public static readonly IReadOnlyList<SourceFile> Files =
    [
        new("/root/httpd/httpd.conf", "httpd/httpd.conf", "<Proxy balancer://app>\n    BalancerMember ajp://10.0.0.2:8009 route=node2\n\tProxySet stickysession=jsessionid\n</Proxy>\n"),
        new("/root/node 2/conf/server.xml", "node 2/conf/server.xml", "<Server port=\"8005\">\r\n  <Connector port=\"8009\" protocol=\"AJP/1.3\"/>\r\n</Server>\r\n"),
    ];

    public static readonly IReadOnlyList<Diagnostic> Diagnostics =
    [
        new("TC3100", DiagnosticSeverity.Error, new SourceSpan("httpd/httpd.conf", 2, 5),
            "BalancerMember \"ajp://10.0.0.2:8009\" sends no secret= but <Connector port=\"8009\" protocol=\"AJP/1.3\"> of node \"node2\" requires a secret"),
        new("TC3101", DiagnosticSeverity.Warning, new SourceSpan("httpd/httpd.conf", 3, 14),
            "balancer \"balancer://app\" stickysession \"jsessionid\" never matches the session cookie \"JSESSIONID\"", "names are case-sensitive"),
        new("TC3102", DiagnosticSeverity.Error, new SourceSpan("node 2/conf/server.xml", 1, 1),
            "<Server port> (shutdown) 8005 of node \"node2\" is also <Server port> (shutdown) of node \"node1\""),
        new("TC3103", DiagnosticSeverity.Info, SourceSpan.None("--tomcat-version"), "advice that comes from no file"),
    ];

    public static string Write(Lint.Output.IDiagnosticFormatter formatter)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(Diagnostics, Files, writer);
        return writer.ToString();
    }
}
