using TomcatCompat.Config.Text;

namespace TomcatCompat.Cli.Commands;

/// <summary>Command-line paths: made absolute and '/'-separated, checked before any config is read.</summary>
internal static class InputPaths
{
    /// <summary>The absolute '/'-separated path, or null for "" and names the OS cannot hold (NUL…).</summary>
    public static string? TryFull(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
            return null;
        try
        {
            return Full(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static string? CannotOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    public static string Full(string path) => PathText.Normalize(Path.GetFullPath(path));
}
