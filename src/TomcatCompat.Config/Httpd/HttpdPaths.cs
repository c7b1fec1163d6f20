using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// How a path named in an httpd config is found on the (possibly imported) file system: relative
/// paths are joined to the ServerRoot in force; an absolute path P is first tried as
/// <c>reader.Root + P</c> (a tree copied "as on disk" under the import root) and used from there when
/// that exists, else P itself.
/// </summary>
public static class HttpdPaths
{
    /// <summary>The path as httpd would see it (absolute, normalised), before the import-root mapping.</summary>
    public static string Absolute(string serverRoot, string path) => PathText.Combine(serverRoot, path);

    /// <summary>Where to look on <paramref name="reader"/>'s file system for <paramref name="absolutePath"/>.</summary>
    public static string OnDisk(SourceReader reader, string absolutePath)
    {
        if (reader.Root == "/" || IsUnder(absolutePath, reader.Root))
            return absolutePath;
        var mapped = PathText.Normalize(reader.Root + "/" + absolutePath);
        return reader.FileSystem.FileExists(mapped) || reader.FileSystem.DirectoryExists(mapped) ? mapped : absolutePath;
    }

    /// <summary><see cref="Absolute"/> then <see cref="OnDisk"/>.</summary>
    public static string Resolve(SourceReader reader, string serverRoot, string path) => OnDisk(reader, Absolute(serverRoot, path));

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);
}
