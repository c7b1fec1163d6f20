using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// Resolves the argument of Include/IncludeOptional to the files to read, in httpd's order:
/// a directory is read recursively, entries sorted byte-wise (dotfiles included); wildcard
/// components match with fnmatch, and a wildcard component that is not the last one matches
/// only directories. IncludeOptional stays silent about missing targets.
/// </summary>
internal sealed class IncludeExpander
{
    /// <summary>httpd's limit on directory nesting inside one Include.</summary>
    public const int MaxDirectoryDepth = 128;

    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;

    public IncludeExpander(SourceReader reader, DiagnosticBag diagnostics)
    {
        _reader = reader;
        _diagnostics = diagnostics;
    }

    /// <summary>Files (paths on the file system) for <paramref name="absolutePath"/>, as httpd sees it.</summary>
    public List<string> Expand(string directive, string absolutePath, bool optional, SourceSpan at)
    {
        var result = new List<string>();
        var parts = absolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var firstWild = Array.FindIndex(parts, FnMatch.HasWildcard);
        var scope = new Scope(directive, optional, at, result);
        if (firstWild < 0)
        {
            AddFixed(HttpdPaths.OnDisk(_reader, absolutePath), scope);
        }
        else
        {
            var baseDir = HttpdPaths.OnDisk(_reader, "/" + string.Join('/', parts[..firstWild]));
            Walk(baseDir, parts, firstWild, scope);
        }

        return result;
    }

    private void AddFixed(string path, Scope scope)
    {
        var fs = _reader.FileSystem;
        if (path == "/dev/null")
            return;
        if (fs.DirectoryExists(path))
            AddDirectory(path, 0, scope);
        else if (fs.FileExists(path))
            scope.Result.Add(path);
        else if (!scope.Optional)
            _diagnostics.Add(ConfigDiagnostics.HttpdIncludeFileMissing, scope.At, scope.Directive, Display(path));
    }

    private void Walk(string directory, string[] parts, int index, Scope scope)
    {
        var fs = _reader.FileSystem;
        if (!fs.DirectoryExists(directory))
        {
            if (!scope.Optional)
                _diagnostics.Add(ConfigDiagnostics.HttpdIncludeDirectoryMissing, scope.At, Display(directory));
            return;
        }

        var last = index == parts.Length - 1;
        var matches = new List<string>();
        foreach (var entry in fs.ListDirectory(directory))
        {
            if (FnMatch.IsMatch(parts[index], PathText.FileName(entry)) && (last || fs.DirectoryExists(entry)))
                matches.Add(entry);
        }

        if (matches.Count == 0)
        {
            if (!scope.Optional)
                _diagnostics.Add(ConfigDiagnostics.HttpdIncludeNoMatch, scope.At, parts[index], Display(directory));
            return;
        }

        matches.Sort(StringComparer.Ordinal);
        var nextWild = last ? -1 : Array.FindIndex(parts, index + 1, FnMatch.HasWildcard);
        foreach (var match in matches)
        {
            if (last)
                AddEntry(match, 0, scope);
            else if (nextWild < 0)
                AddFixed(match + "/" + string.Join('/', parts[(index + 1)..]), scope);
            else
                Walk(match + "/" + string.Join('/', parts[(index + 1)..nextWild]), parts, nextWild, scope);
        }
    }

    private void AddDirectory(string directory, int depth, Scope scope)
    {
        if (depth >= MaxDirectoryDepth)
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdIncludeDepth, scope.At, MaxDirectoryDepth, Display(directory));
            return;
        }

        var entries = _reader.FileSystem.ListDirectory(directory).ToList();
        entries.Sort(StringComparer.Ordinal);
        foreach (var entry in entries)
            AddEntry(entry, depth + 1, scope);
    }

    private void AddEntry(string path, int depth, Scope scope)
    {
        var fs = _reader.FileSystem;
        if (fs.DirectoryExists(path))
            AddDirectory(path, depth, scope);
        else if (fs.FileExists(path))
            scope.Result.Add(path);
        else
            _diagnostics.Add(ConfigDiagnostics.HttpdIncludeNotRegular, scope.At, Display(path));
    }

    // Paths inside the import root are shown relative to it; others as the config names them.
    private string Display(string path) =>
        path == _reader.Root || path.StartsWith(_reader.Root.TrimEnd('/') + "/", StringComparison.Ordinal)
            ? _reader.DisplayPath(path)
            : path;

    private sealed record Scope(string Directive, bool Optional, SourceSpan At, List<string> Result);
}
