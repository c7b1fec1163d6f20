using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

// Opening and closing tags: &lt;Name args&gt; ... &lt;/Name&gt;, compared case-insensitively.
internal sealed partial class HttpdParser
{
    private static readonly FrozenSet<string> ReadTimeConditionals = new[]
    {
        "IfModule", "IfDefine", "IfFile", "IfDirective", "IfSection", "IfVersion",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Core sections that use only their first argument (Multiple <Location> arguments not (yet) supported).
    private static readonly FrozenSet<string> SingleArgumentSections = new[]
    {
        "Directory", "Location", "Files",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> ArgumentNouns = new Dictionary<string, string>
    {
        ["VirtualHost"] = "address[:port]", ["Proxy"] = "URL or wildcard", ["ProxyMatch"] = "regex",
        ["Location"] = "URL path", ["LocationMatch"] = "regex", ["Directory"] = "directory",
        ["DirectoryMatch"] = "regex", ["Files"] = "file name", ["FilesMatch"] = "regex",
        ["If"] = "expression", ["ElseIf"] = "expression", ["Limit"] = "HTTP methods", ["LimitExcept"] = "HTTP methods",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private void OpenSection(List<Frame> stack, List<LogicalLine> lines, ref int i, string word, string rest, SourceSpan span, SourceFile file)
    {
        string name, argText;
        if (word.Length > 1 && word[^1] == '>')
        {
            name = word[1..^1];
            argText = "";
        }
        else
        {
            name = word[1..];
            var gt = rest.LastIndexOf('>');
            if (gt < 0)
            {
                _diagnostics.Add(ConfigDiagnostics.HttpdMissingCloseBracket, span, "<" + name + ">", "arguments");
                argText = rest;
            }
            else
            {
                argText = rest[..gt].TrimEnd();
            }
        }

        var args = SplitArgs(argText, span);
        if (ReadTimeConditionals.Contains(name))
        {
            var result = EvaluateCondition(name, argText, args, span);
            if (result)
                stack.Add(new Frame(name, args, argText, span, transparent: true));
            else
                SkipBody(lines, ref i, name, file);
            return;
        }

        if (name.Equals("Macro", StringComparison.OrdinalIgnoreCase))
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdMacroUnsupported, span, "<Macro " + argText + ">");
            SkipBody(lines, ref i, name, file);
            return;
        }

        CheckSectionArguments(stack, name, argText, args, span);
        stack.Add(new Frame(name, args, argText, span, transparent: false));
    }

    private void CheckSectionArguments(List<Frame> stack, string name, string argText, System.Collections.Immutable.ImmutableArray<string> args, SourceSpan span)
    {
        var isElse = name.Equals("Else", StringComparison.OrdinalIgnoreCase);
        if (isElse || name.Equals("ElseIf", StringComparison.OrdinalIgnoreCase))
        {
            var previous = stack[^1].Children.Count > 0 ? stack[^1].Children[^1] : null;
            if (previous is not SectionNode { Name: var p } || !(p.Equals("If", StringComparison.OrdinalIgnoreCase) || p.Equals("ElseIf", StringComparison.OrdinalIgnoreCase)))
                _diagnostics.Add(ConfigDiagnostics.HttpdElseWithoutIf, span, name);
            if (isElse && argText.Length > 0)
                _diagnostics.Add(ConfigDiagnostics.HttpdElseTakesNoArgument, span, argText);
            if (isElse)
                return;
        }

        if (ArgumentNouns.TryGetValue(name, out var noun) && (args.Length == 0 || (args.Length == 1 && args[0].Length == 0)))
            _diagnostics.Add(ConfigDiagnostics.HttpdSectionNeedsArgument, span, name, noun);
        else if (SingleArgumentSections.Contains(name) && args.Length > (args[0] == "~" ? 2 : 1))
            _diagnostics.Add(ConfigDiagnostics.HttpdSectionMultipleArguments, span, name, argText);

        if (name.Equals("VirtualHost", StringComparison.OrdinalIgnoreCase)
            && stack.Exists(f => f.Name.Equals("VirtualHost", StringComparison.OrdinalIgnoreCase)))
            _diagnostics.Add(ConfigDiagnostics.HttpdVirtualHostNested, span, argText);
    }

    private void CloseSection(List<Frame> stack, string word, string rest, SourceSpan span)
    {
        string name;
        if (word[^1] == '>')
        {
            name = word[2..^1];
        }
        else
        {
            name = word[2..];
            _diagnostics.Add(ConfigDiagnostics.HttpdMissingCloseBracket, span, "</" + name + ">", "section name");
            rest = rest.TrimStart('>').Trim();
        }

        if (rest.Length > 0)
            _diagnostics.Add(ConfigDiagnostics.HttpdTextAfterCloser, span, rest, name);

        if (stack.Count == 1)
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdStrayCloser, span, name);
            return;
        }

        if (stack[^1].Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            Pop(stack);
            return;
        }

        _diagnostics.Add(ConfigDiagnostics.HttpdSectionMismatch, span, stack[^1].Name, name);

        // Recover like a reader would: when an outer section has this name, the inner ones were
        // left open; close them there. Otherwise the closer is ignored.
        var match = stack.FindLastIndex(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (match > 0)
        {
            while (stack.Count > match)
                Pop(stack);
        }

    }

    /// <summary>
    /// The body of a false conditional (or a macro definition): only nesting is tracked, nothing is
    /// expanded or checked, as ap_soak_end_container does.
    /// </summary>
    private void SkipBody(List<LogicalLine> lines, ref int i, string name, SourceFile file)
    {
        var open = new List<(string Name, SourceSpan Span)> { (name, file.Span(lines[i].Line, lines[i].Column)) };
        for (i++; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsComment || line.Text[0] != '<')
                continue;
            var word = FirstWord(line.Text);
            var span = file.Span(line.Line, line.Column);
            if (word.StartsWith("</", StringComparison.Ordinal))
            {
                var closing = word.TrimEnd('>')[2..];
                if (!closing.Equals(open[^1].Name, StringComparison.OrdinalIgnoreCase))
                    _diagnostics.Add(ConfigDiagnostics.HttpdSectionMismatch, span, open[^1].Name, closing);
                else if (word[^1] != '>')
                    _diagnostics.Add(ConfigDiagnostics.HttpdMissingCloseBracket, span, "</" + closing + ">", "section name");
                open.RemoveAt(open.Count - 1);
                if (open.Count == 0)
                    return;
            }
            else if (word.Length > 1)
            {
                open.Add((word.TrimEnd('>')[1..], span));
            }
        }

        for (var k = open.Count - 1; k >= 0; k--)
            _diagnostics.Add(ConfigDiagnostics.HttpdSectionNotClosed, open[k].Span, open[k].Name, file.DisplayPath);
        i = lines.Count;
    }
}
