using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Manager;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Manager;

public class ManagerPageTests
{
    [Theory]
    [InlineData(0, "  0 ")]
    [InlineData(226, "226 ")]
    [InlineData(972, "972 ")]
    [InlineData(1229, "1.2K")]
    [InlineData(10 * 1024, " 10K")]
    [InlineData(5 * 1024 * 1024, "5.0M")]
    [InlineData(-1, "  - ")]
    public void To_and_From_use_apr_strfsize(long bytes, string expected) => Assert.Equal(expected, ManagerPage.FormatSize(bytes));

    [Theory]
    [InlineData(MemberStatus.None, "Init Ok ")]
    [InlineData(MemberStatus.Disabled, "Init Dis ")]
    [InlineData(MemberStatus.HealthCheckFailed, "Init HcFl ")]
    [InlineData(MemberStatus.Draining | MemberStatus.HotStandby, "Init Drn Stby Ok ")]
    [InlineData(MemberStatus.IgnoreErrors | MemberStatus.InError, "Init Ign Err ")]
    public void Status_column_lists_flags_as_httpd(MemberStatus status, string expected) =>
        Assert.Equal(expected, ManagerPage.StatusText(new MemberState(Member("a", 1, status: status), 0, "m0")));
}
