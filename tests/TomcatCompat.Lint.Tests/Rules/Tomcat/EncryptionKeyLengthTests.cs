using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class EncryptionKeyLengthTests
{
    private readonly EncryptionKeyLength _rule = new();

    private static string WithKey(string key) =>
        Server(Cluster(Receiver + "\n" + Interceptor("EncryptInterceptor", $" encryptionKey=\"{key}\"") + "\n" + FailureDetector));

    [Fact]
    public void EncryptInterceptor_encryptionKey_of_20_hex_digits_is_an_error_without_showing_the_key()
    {
        var d = Single(_rule, WithKey("0123456789abcdef0123"));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 10, 12), d.Span);
        Assert.Equal(
            "<Interceptor> EncryptInterceptor encryptionKey has 20 hex digits, but AES needs 32, 48 or 64 hex digits (16, 24 or 32 bytes), so the cluster does not start; generate one with, for example, openssl rand -hex 32",
            d.Message);
        Assert.DoesNotContain("0123456789abcdef0123", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptInterceptor_encryptionKey_that_is_not_hex_is_an_error() =>
        Assert.Contains("encryptionKey has 9 characters and is not hexadecimal", Single(_rule, WithKey("secretpwd")).Message);

    [Theory]
    [InlineData("00112233445566778899aabbccddeeff")]
    [InlineData("00112233445566778899AABBCCDDEEFF0011223344556677")]
    [InlineData("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    public void EncryptInterceptor_encryptionKey_of_16_24_or_32_bytes_is_not_flagged(string key) =>
        Assert.Empty(Run(_rule, WithKey(key)));
}
