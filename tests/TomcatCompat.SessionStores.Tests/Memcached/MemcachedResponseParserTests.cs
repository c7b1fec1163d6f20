using System.Text;
using CsCheck;
using TomcatCompat.SessionStores.Memcached;

namespace TomcatCompat.SessionStores.Tests.Memcached;

/// <summary>memcached text protocol answers (protocol.txt: retrieval and storage commands).</summary>
public sealed class MemcachedResponseParserTests
{
    private static byte[] B(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Gets_hit_gives_key_flags_data_and_cas_unique()
    {
        var status = MemcachedResponseParser.TryParseRetrieval(B("VALUE s1 0 5 42\r\nhello\r\nEND\r\n"), out var value, out var consumed);

        Assert.Equal(MemcachedParseStatus.Complete, status);
        Assert.Equal("s1", value!.Key);
        Assert.Equal(0u, value.Flags);
        Assert.Equal("hello", Encoding.ASCII.GetString(value.Data));
        Assert.Equal(42ul, value.Cas);
        Assert.Equal(29, consumed);
    }

    [Fact]
    public void Get_miss_is_END_alone()
    {
        Assert.Equal(MemcachedParseStatus.Complete, MemcachedResponseParser.TryParseRetrieval(B("END\r\n"), out var value, out var consumed));
        Assert.Null(value);
        Assert.Equal(5, consumed);
    }

    [Fact]
    public void Value_with_CRLF_inside_the_data_is_read_by_its_length()
    {
        Assert.Equal(MemcachedParseStatus.Complete, MemcachedResponseParser.TryParseRetrieval(B("VALUE k 3 4\r\na\r\nb\r\nEND\r\n"), out var value, out _));
        Assert.Equal("a\r\nb", Encoding.ASCII.GetString(value!.Data));
        Assert.Equal(3u, value.Flags);
    }

    [Theory]
    [InlineData("VALUE k 0 5\r\nhel")]
    [InlineData("VALUE k 0 5\r\nhello\r\nEN")]
    [InlineData("VALUE k 0")]
    [InlineData("")]
    public void Truncated_answer_needs_more(string text) =>
        Assert.Equal(MemcachedParseStatus.NeedMore, MemcachedResponseParser.TryParseRetrieval(B(text), out _, out _));

    [Theory]
    [InlineData("ERROR\r\n")]
    [InlineData("SERVER_ERROR out of memory\r\n")]
    [InlineData("VALUE k x 5\r\nhello\r\nEND\r\n")]
    [InlineData("VALUE k 0 5\r\nhelloXXEND\r\n")]
    [InlineData("VALUE k 0 99999999999\r\n")]
    [InlineData("STORED\r\n")]
    public void Malformed_or_error_answer_is_invalid(string text) =>
        Assert.Equal(MemcachedParseStatus.Invalid, MemcachedResponseParser.TryParseRetrieval(B(text), out _, out _));

    [Theory]
    [InlineData("STORED\r\n", "STORED")]
    [InlineData("EXISTS\r\n", "EXISTS")]
    [InlineData("NOT_FOUND\r\n", "NOT_FOUND")]
    [InlineData("TOUCHED\r\n", "TOUCHED")]
    public void Storage_answer_is_one_line(string text, string expected)
    {
        Assert.Equal(MemcachedParseStatus.Complete, MemcachedResponseParser.TryParseLine(B(text), out var line, out var consumed));
        Assert.Equal(expected, line);
        Assert.Equal(text.Length, consumed);
    }

    [Fact]
    public void Any_bytes_parse_without_throwing_and_consume_at_most_the_input() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var status = MemcachedResponseParser.TryParseRetrieval(bytes, out _, out var consumed);
            var lineStatus = MemcachedResponseParser.TryParseLine(bytes, out _, out var lineConsumed);
            return Enum.IsDefined(status) && consumed <= bytes.Length && Enum.IsDefined(lineStatus) && lineConsumed <= bytes.Length;
        });

    [Fact]
    public void Well_formed_value_round_trips_for_any_data_and_any_split_point() =>
        Gen.Select(Gen.Byte.Array[0, 200], Gen.ULong, Gen.Int[0, 400]).Sample((data, cas, cut) =>
        {
            var header = B($"VALUE key 7 {data.Length} {cas}\r\n");
            var whole = header.Concat(data).Concat(B("\r\nEND\r\n")).ToArray();
            var split = Math.Min(cut, whole.Length - 1);
            var partial = MemcachedResponseParser.TryParseRetrieval(whole.AsSpan(0, split), out _, out _);
            var full = MemcachedResponseParser.TryParseRetrieval(whole, out var value, out var consumed);
            return partial == MemcachedParseStatus.NeedMore && full == MemcachedParseStatus.Complete &&
                consumed == whole.Length && value!.Cas == cas && value.Data.SequenceEqual(data);
        });
}
