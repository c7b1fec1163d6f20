using TomcatCompat.Lint.Output;

namespace TomcatCompat.Lint.Tests.Output;

public sealed class SecretMaskTests
{
    [Theory]
    [InlineData("BalancerMember ajp://h:8009 route=a secret=s3cr3t", "BalancerMember ajp://h:8009 route=a secret=***")]
    [InlineData("<Connector port=\"8009\" secret=\"s3cr3t\" secretRequired=\"true\"/>", "<Connector port=\"8009\" secret=\"***\" secretRequired=\"true\"/>")]
    [InlineData("<Server port=\"8005\" shutdown='SHUTDOWN'>", "<Server port=\"8005\" shutdown='***'>")]
    [InlineData("<Interceptor encryptionKey=\"00ff\"/>", "<Interceptor encryptionKey=\"***\"/>")]
    [InlineData("ProxyPass /app balancer://c/app", "ProxyPass /app balancer://c/app")]
    public void Text_report_source_lines_never_show_secrets(string line, string expected) =>
        Assert.Equal(expected, SecretMask.Apply(line));
}
