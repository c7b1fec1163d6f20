using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class GzipBelowEncryptTests
{
    private readonly GzipBelowEncrypt _rule = new();

    private const string Encrypt = "          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.EncryptInterceptor\" encryptionKey=\"00112233445566778899aabbccddeeff\"/>";

    [Fact]
    public void GzipInterceptor_after_EncryptInterceptor_is_advice_at_the_Gzip_interceptor()
    {
        var d = Single(_rule, Server(Cluster(Receiver + "\n" + Encrypt + "\n" + Interceptor("GzipInterceptor") + "\n" + FailureDetector)));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 11, 12), d.Span);
        Assert.Equal(
            "GzipInterceptor is listed after EncryptInterceptor, so it compresses encrypted bytes, which do not shrink; list GzipInterceptor before EncryptInterceptor (on every node at once)",
            d.Message);
    }

    [Fact]
    public void GzipInterceptor_before_EncryptInterceptor_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver + "\n" + Interceptor("GzipInterceptor") + "\n" + Encrypt + "\n" + FailureDetector))));
}
