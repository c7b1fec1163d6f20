using System.Text;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Text;

/// <summary>
/// Reads config files through <see cref="IConfigFileSystem"/> and turns every IO or encoding
/// problem into a TC10xx diagnostic at the file-system boundary. Display paths are relative to
/// <see cref="Root"/> so spans never carry absolute paths.
/// </summary>
public sealed class SourceReader
{
    /// <summary>Largest file accepted; httpd's own logical-line limit is 16 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, SourceFile> _read = new(StringComparer.Ordinal);

    public SourceReader(IConfigFileSystem fileSystem, string root)
    {
        FileSystem = fileSystem;
        Root = PathText.Normalize(root);
    }

    public IConfigFileSystem FileSystem { get; }

    /// <summary>Absolute directory that display paths are relative to.</summary>
    public string Root { get; }

    /// <summary>Every file read so far, in reading order (lint scans them for suppression pragmas).</summary>
    public IReadOnlyCollection<SourceFile> FilesRead => _read.Values;

    public string DisplayPath(string fullPath) => PathText.Relative(Root, fullPath);

    /// <summary>Reads and decodes a file, or reports why not (at <paramref name="requestedAt"/>) and returns null.</summary>
    public SourceFile? Read(string fullPath, SourceSpan requestedAt, DiagnosticBag diagnostics)
    {
        fullPath = PathText.Normalize(fullPath);
        var display = DisplayPath(fullPath);
        if (!FileSystem.FileExists(fullPath))
        {
            diagnostics.Add(ConfigDiagnostics.FileNotFound, requestedAt, display);
            return null;
        }

        var size = FileSystem.GetFileSize(fullPath);
        if (size > MaxFileBytes)
        {
            diagnostics.Add(ConfigDiagnostics.FileTooLarge, requestedAt, display, size, MaxFileBytes);
            return null;
        }

        if (!FileSystem.TryReadAllBytes(fullPath, out var bytes, out var error))
        {
            diagnostics.Add(ConfigDiagnostics.FileUnreadable, requestedAt, display, error);
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            diagnostics.Add(ConfigDiagnostics.BinaryFile, new SourceSpan(display, 1), display);
            return null;
        }

        var file = new SourceFile(fullPath, display, Decode(bytes, display, diagnostics));
        _read[fullPath] = file;
        return file;
    }

    private static string Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            diagnostics.Add(ConfigDiagnostics.NotUtf8, new SourceSpan(display, line), display, line);
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
