namespace TomcatCompat.Config.Text;

/// <summary>
/// A place in a config file. <see cref="File"/> is relative to the root given on the command line
/// (never absolute) so JSON and snapshots are stable; line and column are 1-based.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column = 1)
{
    /// <summary>For facts that come from no file (implicit defaults, command-line switches).</summary>
    public static SourceSpan None(string origin) => new(origin, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
