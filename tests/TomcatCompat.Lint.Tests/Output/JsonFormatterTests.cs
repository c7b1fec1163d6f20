using System.Text.Json;
using Snapshooter.Xunit;
using TomcatCompat.Lint.Output;

namespace TomcatCompat.Lint.Tests.Output;

public sealed class JsonFormatterTests
{
    [Fact]
    public void Json_output_matches_the_snapshot() => Snapshot.Match(FormatterFixture.Write(new JsonFormatter()));

    [Fact]
    public void Json_output_is_an_array_of_code_severity_file_line_column_message()
    {
        using var doc = JsonDocument.Parse(FormatterFixture.Write(new JsonFormatter()));
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        var first = items[0];
        Assert.Equal(
            ("TC3100", "error", "httpd/httpd.conf", 2, 5),
            (first.GetProperty("code").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("file").GetString(),
             first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal("names are case-sensitive", items[1].GetProperty("help").GetString());
        Assert.False(first.TryGetProperty("help", out _));
        Assert.Equal("info", items[3].GetProperty("severity").GetString());
    }
}
