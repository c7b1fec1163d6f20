namespace TomcatCompat.Config.Text;

/// <summary>The real disk. IO failures become false/empty results, never exceptions.</summary>
public sealed class PhysicalFileSystem : IConfigFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public IReadOnlyList<string> ListDirectory(string path)
    {
        try
        {
            return Directory.GetFileSystemEntries(path).Select(p => p.Replace('\\', '/')).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public bool TryReadAllBytes(string path, out byte[] bytes, out string error)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            error = "";
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            bytes = [];
            error = e.Message;
            return false;
        }
    }

    public long GetFileSize(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);
}
