using TomcatCompat.Config.ModJk;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class JkValuesTests
{
    [Theory]
    [InlineData("8009", 8009)]
    [InlineData("8k", 8192)]
    [InlineData("2M", 2097152)]
    [InlineData(" -5 ", -5)]
    public void Integer_accepts_k_and_M_suffixes(string text, int expected)
    {
        Assert.True(JkValues.TryParseInt(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10x")]
    [InlineData("99999999999")]
    [InlineData("")]
    public void Integer_rejects_non_numbers(string text) => Assert.False(JkValues.TryParseInt(text, out _));

    [Theory]
    [InlineData("1", true)]
    [InlineData("On", true)]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("maybe", null)]
    [InlineData("2", null)]
    public void Boolean_follows_mod_jk_first_letter_rule(string text, bool? expected) =>
        Assert.Equal(expected, JkValues.ParseBool(text));

    [Theory]
    [InlineData("Request", 'R')]
    [InlineData("busyness", 'B')]
    [InlineData("1", 'T')]
    [InlineData("9", null)]
    [InlineData("X", null)]
    public void Method_letter_or_digit(string text, char? expected) => Assert.Equal(expected, JkValues.ParseLetter(text, "RTBSN"));

    [Fact]
    public void List_splits_on_commas_and_spaces_and_drops_duplicates() =>
        Assert.Equal(["a", "b", "c"], JkValues.SplitList("a, b,,c a"));

    [Theory]
    [InlineData("node-1_a", true)]
    [InlineData("node.1", false)]
    [InlineData("", false)]
    public void Worker_names_are_letters_digits_underscore_dash(string name, bool valid) =>
        Assert.Equal(valid, JkValues.IsValidWorkerName(name));
}
