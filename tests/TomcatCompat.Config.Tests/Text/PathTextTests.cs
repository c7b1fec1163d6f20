using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Text;

public sealed class PathTextTests
{
    [Theory]
    [InlineData("/a/b", "/a/b/c/d.conf", "c/d.conf")]
    [InlineData("/a/b", "/a/x.conf", "../x.conf")]
    [InlineData("/a/b/", "/a/b/./c/../d", "d")]
    public void Relative_gives_paths_relative_to_the_import_root(string root, string full, string expected) =>
        Assert.Equal(expected, PathText.Relative(root, full));

    [Fact]
    public void Combine_keeps_absolute_paths() => Assert.Equal("/etc/x", PathText.Combine("/srv", "/etc/x"));
}
