using CsCheck;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.Sessions;

namespace TomcatCompat.Node.Tests.Sessions;

public sealed class SessionCookieTests
{
    [Theory]
    [InlineData("/test/index.jsp;jsessionid=ABC.tomcat1", "ABC.tomcat1")]
    [InlineData("/test/;jsessionid=ABC.tomcat1;other=1", "ABC.tomcat1")]
    [InlineData("/test/index.jsp", null)]
    [InlineData("/test/index.jsp;jsessionid=", null)]
    public void SessionCookie_jsessionid_path_parameter_is_read(string path, string? expected) =>
        Assert.Equal(expected, SessionCookie.FromPathParameter(path, "jsessionid"));

    [Fact]
    public void SessionCookie_cookie_config_name_is_also_the_path_parameter_name() =>
        Assert.Equal("MYID", SessionCookie.PathParameterName(new WebApp { Host = "localhost", ContextPath = "/a", CookieName = "MYID" }));

    [Fact]
    public void SessionCookie_ROOT_context_cookie_has_Path_slash() =>
        Assert.Equal("JSESSIONID=X.n1; Path=/; HttpOnly", SessionCookie.Format(new WebApp { Host = "localhost", ContextPath = "" }, "X.n1"));

    [Fact]
    public void SessionCookie_random_paths_never_throw_and_strip_every_parameter()
    {
        Gen.String.Sample(path =>
        {
            _ = SessionCookie.FromPathParameter(path, "jsessionid");
            var stripped = SessionCookie.StripPathParameters(path);
            Assert.DoesNotContain(';', stripped);
        }, iter: 500);
    }
}
