using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Preprocessing;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

// Directives httpd runs while reading (EXEC_ON_READ): their effect is visible only to later lines.
internal sealed partial class HttpdParser
{
    private void Directive(Frame frame, string name, string rest, SourceSpan span, SourceFile file)
    {
        var args = SplitArgs(rest, span);
        switch (LowerCaseNames.Of(name))
        {
            case "include":
            case "includeoptional":
                Include(frame, name, args, span, file);
                return; // the Include line is replaced by what it includes
            case "define":
                if (args.Length > 0 && args[0].Contains(':'))
                    _diagnostics.Add(ConfigDiagnostics.HttpdDefineNameColon, span, args[0]);
                else if (args.Length is 1 or 2 && args[0].Length > 0)
                    _defines.Define(args[0], args.Length == 2 ? args[1] : null);
                break;
            case "undefine":
                if (args.Length == 1)
                    _defines.Undefine(args[0]);
                break;
            case "serverroot":
                if (args.Length == 1)
                    SetServerRoot(args[0], span);
                break;
            case "loadmodule":
                if (args.Length == 2)
                    LoadModule(args[0], args[1], span);
                break;
            case "use":
                _diagnostics.Add(ConfigDiagnostics.HttpdMacroUnsupported, span, ("Use " + rest).TrimEnd());
                break;
        }

        frame.Children.Add(new DirectiveNode(name, args, rest, span));
    }

    private void SetServerRoot(string value, SourceSpan span)
    {
        var absolute = HttpdPaths.Absolute(_serverRoot, value);
        if (!_reader.FileSystem.DirectoryExists(HttpdPaths.OnDisk(_reader, absolute)))
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdServerRootInvalid, span, value);
            return;
        }

        _serverRoot = absolute;
    }

    private void LoadModule(string identifier, string file, SourceSpan span)
    {
        if (ModuleRegistry.IsBuiltIn(identifier))
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdLoadModuleBuiltIn, span, identifier);
            return;
        }

        // The .so itself is never opened: an imported tree rarely carries the binaries.
        if (!_modules.Load(identifier, file))
            _diagnostics.Add(ConfigDiagnostics.HttpdLoadModuleDuplicate, span, identifier);
        else if (!DirectiveTable.ModuleSources.ContainsKey(identifier))
            _diagnostics.Add(ConfigDiagnostics.HttpdLoadModuleUnknown, span, identifier);
    }

    private void Include(Frame frame, string name, ImmutableArray<string> args, SourceSpan span, SourceFile file)
    {
        if (args.Length == 0 || args[0].Length == 0)
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdIncludeInvalidPath, span, name, args.Length == 0 ? "" : args[0]);
            return;
        }

        var optional = name.Equals("IncludeOptional", StringComparison.OrdinalIgnoreCase);
        var targets = _includes.Expand(name, HttpdPaths.Absolute(_serverRoot, args[0]), optional, span);
        var parent = _files[file.FullPath];
        foreach (var target in targets)
        {
            var cycleAt = _includeChain.FindIndex(c => c.Path == target);
            if (cycleAt >= 0 || target == file.FullPath)
            {
                var chain = string.Join(" → ", _includeChain.Skip(Math.Max(cycleAt, 0)).Select(c => $"{c.Display}:{c.Line}")
                    .Append($"{file.DisplayPath}:{span.Line}")
                    .Append(_reader.DisplayPath(target)));
                if (cycleAt < 0)
                    chain = $"{file.DisplayPath}:{span.Line} → {_reader.DisplayPath(target)}";
                _diagnostics.Add(ConfigDiagnostics.HttpdIncludeCycle, span, _reader.DisplayPath(target), chain);
                continue;
            }

            if (_includeChain.Count + 1 >= MaxIncludeDepth)
            {
                _diagnostics.Add(ConfigDiagnostics.HttpdIncludeDepth, span, MaxIncludeDepth, $"{file.DisplayPath}:{span.Line}");
                return;
            }

            var included = _reader.Read(target, span, _diagnostics);
            if (included is null)
                continue;
            var edge = included.DisplayPath;
            if (!parent.Includes.Contains(edge))
                parent.Includes.Add(edge);

            _includeChain.Add((file.FullPath, file.DisplayPath, span.Line));
            frame.Children.AddRange(ParseFile(included, $"{file.DisplayPath}:{span.Line}"));
            _includeChain.RemoveAt(_includeChain.Count - 1);
        }
    }
}
