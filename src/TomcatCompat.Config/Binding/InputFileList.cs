using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>The <see cref="Topology.Files"/> being collected: one entry per display path, first seen first, front-end entries (with include edges) win.</summary>
internal sealed class InputFileList(SourceReader reader)
{
    private readonly List<InputFile> _files = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public void Add(string fullPath, string kind) => Add(new InputFile(reader.DisplayPath(PathText.Normalize(fullPath)), kind), replace: false);

    public void AddRange(IEnumerable<InputFile> files)
    {
        foreach (var file in files)
            Add(file, replace: true);
    }

    public ImmutableArray<InputFile> ToImmutable() => [.. _files];

    private void Add(InputFile file, bool replace)
    {
        if (_index.TryGetValue(file.Path, out var at))
        {
            if (replace)
                _files[at] = file;
            return;
        }

        _index[file.Path] = _files.Count;
        _files.Add(file);
    }
}
