using TomcatCompat.Node.AccessLog;

namespace TomcatCompat.Node.Tests.AccessLog;

/// <summary>AccessLogValve pattern codes as Tomcat 10.1 writes them (tomcat-cluster.md, Valves; %D in µs since Tomcat 10).</summary>
public sealed class AccessLogPatternTests
{
    private static readonly AccessLogRecord Record = new()
    {
        Start = new DateTimeOffset(2026, 11, 25, 10, 46, 47, TimeSpan.Zero),
        RemoteAddress = "127.0.1.3",
        LocalAddress = "127.0.1.1",
        LocalPort = 8080,
        Method = "GET",
        Path = "/test/index.jsp",
        Query = "?format=json",
        Protocol = "HTTP/1.1",
        ServerName = "localhost",
        Status = 200,
        BytesSent = 222,
        ElapsedMicroseconds = 1534,
        SessionId = "D7A6F8C52E246F5090D5EBB9A1A26EED.tomcat1",
        RequestHeader = name => name == "User-Agent" ? "curl/7.88.1" : null,
        ResponseHeader = name => name == "Content-Type" ? "text/plain" : null,
        Cookie = name => name == "JSESSIONID" ? "X.tomcat1" : null,
    };

    [Fact]
    public void Common_name_writes_Tomcats_common_line()
    {
        Assert.Equal("127.0.1.3 - - [25/Nov/2026:10:46:47 +0000] \"GET /test/index.jsp?format=json HTTP/1.1\" 200 222", AccessLogPattern.Parse("common").Format(Record));
    }

    [Fact]
    public void Combined_name_adds_referer_and_user_agent_with_dash_when_missing()
    {
        Assert.EndsWith("200 222 \"-\" \"curl/7.88.1\"", AccessLogPattern.Parse("combined").Format(Record), StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_pattern_writes_microseconds_and_session_id()
    {
        Assert.EndsWith("\" 200 222 1534 sid=D7A6F8C52E246F5090D5EBB9A1A26EED.tomcat1", AccessLogPattern.Parse("%h %l %u %t \"%r\" %s %b %D sid=%S").Format(Record), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_a_A_p_m_U_q_H_v_B_T_and_header_cookie_arguments_are_written()
    {
        Assert.Equal("127.0.1.3 127.0.1.1 8080 GET /test/index.jsp ?format=json HTTP/1.1 localhost 222 0 text/plain X.tomcat1 -",
            AccessLogPattern.Parse("%a %A %p %m %U %q %H %v %B %T %{Content-Type}o %{JSESSIONID}c %{Referer}i").Format(Record));
    }

    [Fact]
    public void Zero_bytes_is_a_dash_for_b_and_0_for_B()
    {
        Assert.Equal("- 0", AccessLogPattern.Parse("%b %B").Format(Record with { BytesSent = 0 }));
    }

    [Fact]
    public void Unknown_codes_are_written_as_question_marks_and_listed_once()
    {
        var pattern = AccessLogPattern.Parse("%I %I %{x}r %s");

        Assert.Equal("??? ??? ??? 200", pattern.Format(Record));
        Assert.Equal(["%I", "%{x}r"], pattern.Unsupported.ToArray());
    }
}
