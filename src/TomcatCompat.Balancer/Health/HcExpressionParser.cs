using System.Globalization;
using System.Text.RegularExpressions;

namespace TomcatCompat.Balancer.Health;

/// <summary>Recursive-descent parser for <see cref="HcExpression"/>; throws <see cref="FormatException"/> on anything else.</summary>
internal sealed class HcExpressionParser(string text)
{
    private int _pos;

    public Func<HcResponse, bool> ParseAll()
    {
        var result = ParseOr();
        SkipSpace();
        if (_pos < text.Length)
        {
            throw new FormatException($"unexpected \"{text[_pos..]}\"");
        }

        return result;
    }

    private Func<HcResponse, bool> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            var l = left;
            var r = ParseAnd();
            left = x => l(x) || r(x);
        }

        return left;
    }

    private Func<HcResponse, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("&&"))
        {
            var l = left;
            var r = ParseUnary();
            left = x => l(x) && r(x);
        }

        return left;
    }

    private Func<HcResponse, bool> ParseUnary()
    {
        SkipSpace();
        if (Accept("!") && !Peek("=") && !Peek("~"))
        {
            var inner = ParseUnary();
            return x => !inner(x);
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        if (AcceptWord("true"))
        {
            return _ => true;
        }

        if (AcceptWord("false"))
        {
            return _ => false;
        }

        if (AcceptWord("-n") || AcceptWord("-z"))
        {
            var empty = text[_pos - 1] == 'z';
            var operand = ParseWord();
            return x => string.IsNullOrEmpty(operand(x)) == empty;
        }

        var left = ParseWord();
        SkipSpace();
        foreach (var op in (string[])["=~", "!~"])
        {
            if (Accept(op))
            {
                var regex = ParseRegex();
                var negate = op == "!~";
                return x => regex.IsMatch(left(x)) != negate;
            }
        }

        foreach (var op in (string[])["-eq", "-ne", "-le", "-lt", "-ge", "-gt"])
        {
            if (AcceptWord(op))
            {
                var right = ParseWord();
                return op switch
                {
                    "-eq" => x => HcExpression.ToInteger(left(x)) == HcExpression.ToInteger(right(x)),
                    "-ne" => x => HcExpression.ToInteger(left(x)) != HcExpression.ToInteger(right(x)),
                    "-le" => x => HcExpression.ToInteger(left(x)) <= HcExpression.ToInteger(right(x)),
                    "-lt" => x => HcExpression.ToInteger(left(x)) < HcExpression.ToInteger(right(x)),
                    "-ge" => x => HcExpression.ToInteger(left(x)) >= HcExpression.ToInteger(right(x)),
                    _ => x => HcExpression.ToInteger(left(x)) > HcExpression.ToInteger(right(x)),
                };
            }
        }

        foreach (var op in (string[])["==", "!=", "<=", ">=", "<", ">", "="])
        {
            if (Accept(op))
            {
                var right = ParseWord();
                return op switch
                {
                    "==" or "=" => x => string.Equals(left(x), right(x), StringComparison.Ordinal),
                    "!=" => x => !string.Equals(left(x), right(x), StringComparison.Ordinal),
                    "<=" => x => string.CompareOrdinal(left(x), right(x)) <= 0,
                    ">=" => x => string.CompareOrdinal(left(x), right(x)) >= 0,
                    "<" => x => string.CompareOrdinal(left(x), right(x)) < 0,
                    _ => x => string.CompareOrdinal(left(x), right(x)) > 0,
                };
            }
        }

        throw new FormatException(_pos < text.Length ? $"no comparison operator at \"{text[_pos..]}\"" : "the expression ends early");
    }

    private Func<HcResponse, string> ParseWord()
    {
        SkipSpace();
        if (Accept("%{"))
        {
            var close = text.IndexOf('}', _pos);
            if (close < 0)
            {
                throw new FormatException("unclosed %{");
            }

            var name = text[_pos..close];
            _pos = close + 1;
            return name.Equals("REQUEST_STATUS", StringComparison.OrdinalIgnoreCase)
                ? x => x.Status.ToString(CultureInfo.InvariantCulture)
                : throw new FormatException($"variable %{{{name}}} is not supported");
        }

        if (AcceptWord("hc"))
        {
            Expect("(");
            var argument = ParseQuoted() ?? throw new FormatException("hc() needs a quoted argument");
            Expect(")");
            return argument == "body" ? x => x.Body : throw new FormatException($"hc('{argument}') is not supported");
        }

        if (ParseQuoted() is { } literal)
        {
            return _ => literal;
        }

        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '-' or '.' or '_'))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw new FormatException(_pos < text.Length ? $"unexpected \"{text[_pos..]}\"" : "a value is missing at the end");
        }

        var word = text[start.._pos];
        return _ => word;
    }

    private string? ParseQuoted()
    {
        SkipSpace();
        if (_pos >= text.Length || text[_pos] is not ('\'' or '"'))
        {
            return null;
        }

        var quote = text[_pos];
        var close = text.IndexOf(quote, _pos + 1);
        if (close < 0)
        {
            throw new FormatException("unclosed quote");
        }

        var value = text[(_pos + 1)..close];
        _pos = close + 1;
        return value;
    }

    private Regex ParseRegex()
    {
        SkipSpace();
        if (_pos >= text.Length)
        {
            throw new FormatException("a regex is missing");
        }

        // ap_expr accepts /re/ and m#re# with any delimiter after 'm'.
        var delimiter = text[_pos];
        if (delimiter == 'm' && _pos + 1 < text.Length)
        {
            _pos++;
            delimiter = text[_pos];
        }
        else if (delimiter != '/')
        {
            throw new FormatException("a regex must be written /.../");
        }

        var close = text.IndexOf(delimiter, _pos + 1);
        if (close < 0)
        {
            throw new FormatException("unclosed regex");
        }

        var pattern = text[(_pos + 1)..close];
        _pos = close + 1;
        var flagsStart = _pos;
        while (_pos < text.Length && char.IsAsciiLetter(text[_pos]))
        {
            _pos++;
        }

        return HcExpression.CompileRegex(pattern, text[flagsStart.._pos]);
    }

    private void SkipSpace()
    {
        while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
        {
            _pos++;
        }
    }

    private bool Peek(string token) => string.CompareOrdinal(text, _pos, token, 0, token.Length) == 0;

    private bool Accept(string token)
    {
        SkipSpace();
        if (!Peek(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private bool AcceptWord(string word)
    {
        SkipSpace();
        var end = _pos + word.Length;
        if (!Peek(word) || (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"\"{token}\" expected");
        }
    }
}
