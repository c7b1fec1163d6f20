namespace TomcatCompat.Config.Httpd;

/// <summary>
/// One logical line of an httpd config file: physical lines joined at trailing backslashes, trimmed.
/// <see cref="Line"/> is the last physical line, as httpd reports it; <see cref="Column"/> is where
/// the text starts when the logical line is a single physical line, else 1.
/// </summary>
internal readonly record struct LogicalLine(string Text, int Line, int Column, bool IsComment);
