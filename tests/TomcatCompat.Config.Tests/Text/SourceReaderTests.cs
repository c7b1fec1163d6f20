using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Text;

public sealed class SourceReaderTests
{
    private static (SourceFile? File, DiagnosticBag Bag) Read(InMemoryFileSystem fs, string path)
    {
        var bag = new DiagnosticBag();
        var file = new SourceReader(fs, "/root").Read(path, new SourceSpan("cmdline", 0), bag);
        return (file, bag);
    }

    [Fact]
    public void Missing_file_is_TC1001_with_relative_path()
    {
        var (file, bag) = Read(new InMemoryFileSystem(), "/root/conf/a.conf");
        Assert.Null(file);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("TC1001", d.Code);
        Assert.Contains("\"conf/a.conf\"", d.Message);
    }

    [Fact]
    public void Binary_file_is_TC1003()
    {
        var (file, bag) = Read(new InMemoryFileSystem().Add("/root/x", [0x41, 0, 0x42]), "/root/x");
        Assert.Null(file);
        Assert.Equal("TC1003", Assert.Single(bag.ToImmutable()).Code);
    }

    [Fact]
    public void Latin1_file_is_read_with_TC1004_on_the_bad_line()
    {
        var (file, bag) = Read(new InMemoryFileSystem().Add("/root/x", [0x61, 0x0a, 0xe9, 0x0a]), "/root/x");
        Assert.Equal("a\né\n", file!.Text);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("TC1004", 2), (d.Code, d.Span.Line));
    }

    [Fact]
    public void Unreadable_file_is_TC1002()
    {
        var (file, bag) = Read(new InMemoryFileSystem().AddUnreadable("/root/x"), "/root/x");
        Assert.Null(file);
        Assert.Equal("TC1002", Assert.Single(bag.ToImmutable()).Code);
    }
}
