namespace TomcatCompat.Config.Text;

/// <summary>A file tree held in memory, for tests and fuzzing.</summary>
public sealed class InMemoryFileSystem : IConfigFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public InMemoryFileSystem Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    public InMemoryFileSystem Add(string path, byte[] bytes)
    {
        _files[Normalize(path)] = bytes;
        return this;
    }

    /// <summary>A file that exists but cannot be read (permission denied).</summary>
    public InMemoryFileSystem AddUnreadable(string path)
    {
        var p = Normalize(path);
        _files[p] = [];
        _unreadable.Add(p);
        return this;
    }

    public InMemoryFileSystem SetEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public bool DirectoryExists(string path)
    {
        var prefix = Normalize(path).TrimEnd('/') + "/";
        return prefix == "/" || _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    public IReadOnlyList<string> ListDirectory(string path)
    {
        var prefix = Normalize(path).TrimEnd('/') + "/";
        return _files.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => prefix + k[prefix.Length..].Split('/')[0])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public bool TryReadAllBytes(string path, out byte[] bytes, out string error)
    {
        var p = Normalize(path);
        if (_unreadable.Contains(p))
        {
            bytes = [];
            error = "Permission denied";
            return false;
        }

        if (_files.TryGetValue(p, out var found))
        {
            bytes = found;
            error = "";
            return true;
        }

        bytes = [];
        error = DirectoryExists(p) ? "Is a directory" : "No such file or directory";
        return false;
    }

    public long GetFileSize(string path) => _files.TryGetValue(Normalize(path), out var b) ? b.Length : -1;

    public string? GetEnvironmentVariable(string name) => _environment.GetValueOrDefault(name);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
