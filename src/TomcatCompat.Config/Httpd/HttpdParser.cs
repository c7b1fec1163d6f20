using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Preprocessing;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// Reads httpd config files the way ap_build_config does: line by line in read order, expanding
/// ${VAR} on each logical line, running read-time directives (Include, Define, LoadModule,
/// ServerRoot, &lt;IfModule&gt; and friends) as they are met, and building one section tree per file
/// (a section must close in the file that opened it). One instance reads one configuration.
/// </summary>
internal sealed partial class HttpdParser
{
    /// <summary>httpd's AP_MAX_INCLUDE_DEPTH.</summary>
    public const int MaxIncludeDepth = 128;

    private readonly SourceReader _reader;
    private readonly HttpdOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly DefineScope _defines;
    private readonly VariableExpander _expander;
    private readonly ModuleRegistry _modules = new();
    private readonly IncludeExpander _includes;
    private readonly Dictionary<string, FileRecord> _files = new(StringComparer.Ordinal);
    private readonly List<FileRecord> _fileOrder = [];
    private readonly List<(string Path, string Display, int Line)> _includeChain = [];
    private readonly List<string> _undefined = [];
    private string _serverRoot;

    public HttpdParser(SourceReader reader, HttpdOptions options, DiagnosticBag diagnostics, string defaultServerRoot)
    {
        _reader = reader;
        _options = options;
        _diagnostics = diagnostics;
        _defines = new DefineScope(options.Defines);
        _expander = new VariableExpander(_defines, options.EnvVars, reader.FileSystem.GetEnvironmentVariable);
        _includes = new IncludeExpander(reader, diagnostics);
        _serverRoot = PathText.Normalize(defaultServerRoot);
    }

    public HttpdConfig Read(string mainFile)
    {
        var path = PathText.Normalize(mainFile);
        var file = _reader.Read(path, SourceSpan.None(_reader.DisplayPath(path)), _diagnostics);
        var nodes = file is null ? [] : ParseFile(file, null);
        return new HttpdConfig
        {
            Nodes = [.. nodes],
            Files = [.. _fileOrder.Select(f => new InputFile(f.Display, "httpd", f.IncludedBy) { Includes = [.. f.Includes] })],
            LoadedModules = _modules.LoadedInOrder,
            Defines = _defines.ToImmutable(),
            ServerRoot = _serverRoot,
        };
    }

    /// <summary>Loaded module identifiers that the directive table does not know (their directives cannot be checked).</summary>
    public IReadOnlyList<string> UnknownModules => _modules.UnknownModules;

    private List<HttpdNode> ParseFile(SourceFile file, string? includedBy)
    {
        if (!_files.TryGetValue(file.FullPath, out var record))
        {
            record = new FileRecord(file.DisplayPath, includedBy);
            _files[file.FullPath] = record;
            _fileOrder.Add(record);
        }

        var lines = HttpdLexer.Split(file.Text);
        var stack = new List<Frame> { new("", [], "", default, transparent: true) };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var span = file.Span(line.Line, line.Column);
            var text = line.Text;
            if (i == 0 && text[0] == '\uFEFF')
            {
                // httpd on Unix keeps the BOM in the first word; report it, then read on without it.
                text = text[1..].TrimStart();
                _diagnostics.Add(ConfigDiagnostics.HttpdByteOrderMark, span, FirstWord(text));
                if (text.Length == 0 || text[0] == '#')
                    continue;
            }
            else if (line.IsComment)
            {
                continue;
            }

            if (text.Length > HttpdLexer.MaxLineLength)
            {
                _diagnostics.Add(ConfigDiagnostics.HttpdLineTooLong, span, text.Length, HttpdLexer.MaxLineLength);
                continue;
            }

            _undefined.Clear();
            var expanded = _expander.Expand(text, _undefined);
            foreach (var name in _undefined)
                _diagnostics.Add(ConfigDiagnostics.HttpdUndefinedVariable, span, name);

            var pos = 0;
            var word = ArgumentSplitter.NextWord(expanded, ref pos, out _, out _);
            var rest = expanded[pos..];
            if (word.StartsWith("</", StringComparison.Ordinal))
                CloseSection(stack, word, rest, span);
            else if (word.Length > 0 && word[0] == '<')
                OpenSection(stack, lines, ref i, word, rest, span, file);
            else
                Directive(stack[^1], word, rest, span, file);
        }

        for (var f = stack.Count - 1; f > 0; f--)
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdSectionNotClosed, stack[f].Span, stack[f].Name, file.DisplayPath);
            Pop(stack);
        }

        return stack[0].Children;
    }

    private static string FirstWord(string text)
    {
        var pos = 0;
        return ArgumentSplitter.NextWord(text, ref pos, out _, out _);
    }

    private ImmutableArray<string> SplitArgs(string text, SourceSpan span)
    {
        var args = ArgumentSplitter.Split(text, out var open);
        if (open != '\0')
            _diagnostics.Add(ConfigDiagnostics.HttpdUnterminatedQuote, span, open == '"' ? "double" : "single", text);
        return args;
    }

    private static void Pop(List<Frame> stack)
    {
        var frame = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        var parent = stack[^1];
        if (frame.Transparent)
            parent.Children.AddRange(frame.Children);
        else
            parent.Children.Add(new SectionNode(frame.Name, frame.Args, frame.RawArgs, [.. frame.Children], frame.Span));
    }

    private sealed class Frame(string name, ImmutableArray<string> args, string rawArgs, SourceSpan span, bool transparent)
    {
        public string Name { get; } = name;

        public ImmutableArray<string> Args { get; } = args;

        public string RawArgs { get; } = rawArgs;

        public SourceSpan Span { get; } = span;

        /// <summary>A true read-time conditional: its children are spliced into the parent.</summary>
        public bool Transparent { get; } = transparent;

        public List<HttpdNode> Children { get; } = [];
    }

    private sealed class FileRecord(string display, string? includedBy)
    {
        public string Display { get; } = display;

        public string? IncludedBy { get; } = includedBy;

        public List<string> Includes { get; } = [];
    }
}
