using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>
/// Turns the PATHs of <c>import</c> into typed inputs: directories are searched recursively
/// (sorted, ordinal), each file's kind is decided by its name, then by its content.
/// </summary>
public static class InputDiscovery
{
    /// <summary>Deeper than any real config tree; stops symbolic-link loops.</summary>
    public const int MaxDepth = 32;

    public static ImmutableArray<DiscoveredInput> Discover(SourceReader reader, IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        var fs = reader.FileSystem;
        var explicitFiles = new List<string>();
        var walked = new List<string>();
        var treeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in paths)
        {
            var path = PathText.Normalize(raw);
            if (fs.FileExists(path))
                explicitFiles.Add(path);
            else if (fs.DirectoryExists(path))
            {
                var before = walked.Count;
                Walk(reader, path, 0, walked, diagnostics);
                for (var i = before; i < walked.Count; i++)
                    treeOf.TryAdd(walked[i], path);
            }
            else
                diagnostics.Add(ConfigDiagnostics.FileNotFound, At(reader, path), reader.DisplayPath(path));
        }

        var context = new Classifier(reader, diagnostics);
        foreach (var file in explicitFiles.Concat(walked))
            context.NoteServerXml(file);
        foreach (var file in walked)
            context.NoteHttpdMain(file, treeOf[file]);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DiscoveredInput>();
        foreach (var file in explicitFiles)
        {
            if (seen.Add(file))
                result.Add(new DiscoveredInput(file, context.ClassifyExplicit(file), Explicit: true));
        }

        foreach (var file in walked)
        {
            if (seen.Add(file))
                result.Add(new DiscoveredInput(file, context.ClassifyWalked(file, treeOf[file]), Explicit: false));
        }

        if (paths.Count > 0 && explicitFiles.Count == 0 && !result.Any(r => r.Kind is not (InputKind.Unknown or InputKind.NodeOwned or InputKind.HttpdInclude)))
        {
            var first = PathText.Normalize(paths[0]);
            if (fs.FileExists(first) || fs.DirectoryExists(first))
                diagnostics.Add(ConfigDiagnostics.NoInputs, At(reader, first), reader.DisplayPath(first));
        }

        return result.ToImmutable();
    }

    /// <summary>File-level diagnostics point at line 1 of the file (or directory) they are about.</summary>
    internal static SourceSpan At(SourceReader reader, string fullPath) => new(reader.DisplayPath(fullPath), 1, 1);

    private static void Walk(SourceReader reader, string directory, int depth, List<string> files, DiagnosticBag diagnostics)
    {
        if (depth > MaxDepth)
        {
            diagnostics.Add(ConfigDiagnostics.DirectoryTooDeep, At(reader, directory), reader.DisplayPath(directory), MaxDepth);
            return;
        }

        var entries = reader.FileSystem.ListDirectory(directory).ToArray();
        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var path = PathText.Normalize(entry);
            var name = PathText.FileName(path);
            // Version-control and editor directories (.git, .svn, .idea) hold no configs.
            if (name.StartsWith('.'))
                continue;
            if (reader.FileSystem.DirectoryExists(path))
            {
                // httpd's ServerRoot/logs (on RHEL a link to /var/log/httpd) and Tomcat's CATALINA_BASE/logs
                // hold what the servers (and `run`) write, never configs: reading them is slow and noisy.
                if (name != "logs")
                    Walk(reader, path, depth + 1, files, diagnostics);
            }
            else
                files.Add(path);
        }
    }
}
