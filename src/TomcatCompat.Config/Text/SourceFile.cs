namespace TomcatCompat.Config.Text;

/// <summary>
/// A config file read into memory: its absolute path (for resolving relative includes), the
/// display path used in spans, and its decoded text.
/// </summary>
public sealed class SourceFile
{
    public SourceFile(string fullPath, string displayPath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Text = text;
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    public string Text { get; }

    public SourceSpan Span(int line, int column = 1) => new(DisplayPath, line, column);
}
