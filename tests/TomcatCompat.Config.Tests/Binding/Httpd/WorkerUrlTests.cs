using TomcatCompat.Config.Binding.Httpd;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

public sealed class WorkerUrlTests
{
    [Theory]
    [InlineData("HTTP://Host:80", "http://host", 80)]
    [InlineData("http://h:8080/ctx", "http://h:8080/ctx", 8080)]
    [InlineData("ajp://10.0.0.2", "ajp://10.0.0.2", 8009)]
    [InlineData("ajp://10.0.0.2:8009", "ajp://10.0.0.2", 8009)]
    [InlineData("https://h:443/", "https://h/", 443)]
    [InlineData("http://[::1]:8080", "http://[::1]:8080", 8080)]
    public void Member_url_is_normalised_like_httpd_worker_names(string text, string name, int port)
    {
        var url = WorkerUrl.TryParse(text);
        Assert.NotNull(url);
        Assert.Equal(name, url.Name);
        Assert.Equal(port, url.Port);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("http://")]
    [InlineData("http://h:99999")]
    [InlineData("http://h:x")]
    [InlineData("unix:/run/s.sock")]
    public void Invalid_urls_are_refused(string text) => Assert.Null(WorkerUrl.TryParse(text));

    [Fact]
    public void Unix_socket_url_keeps_socket_and_inner_url()
    {
        var url = WorkerUrl.TryParse("unix:/run/app.sock|http://localhost/app");
        Assert.NotNull(url);
        Assert.Equal("/run/app.sock", url.UnixSocket);
        Assert.Equal("http://localhost/app", url.Name);
    }
}
