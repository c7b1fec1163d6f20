namespace TomcatCompat.Config.Text;

/// <summary>
/// The only door to the disk for the front ends (shellcheck's SystemInterface): tests use
/// <see cref="InMemoryFileSystem"/>, the CLI uses <see cref="PhysicalFileSystem"/>.
/// All paths are absolute, '/'-separated.
/// </summary>
public interface IConfigFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Full paths of the entries of a directory (files and directories), unsorted.</summary>
    IReadOnlyList<string> ListDirectory(string path);

    /// <summary>Reads a file; on failure returns false and a human-readable reason.</summary>
    bool TryReadAllBytes(string path, out byte[] bytes, out string error);

    /// <summary>Size in bytes, or -1 when unknown.</summary>
    long GetFileSize(string path);

    /// <summary>Process environment (httpd's getenv fallback for ${VAR}, mod_jk's $(var)).</summary>
    string? GetEnvironmentVariable(string name);
}
