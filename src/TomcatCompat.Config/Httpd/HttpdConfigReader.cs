using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>Entry point of the httpd front end: lexer → parser → preprocessor.</summary>
public static class HttpdConfigReader
{
    /// <summary>PLACEHOLDER: replaced by the httpd front end.</summary>
    public static HttpdConfig Read(SourceReader reader, string mainFile, HttpdOptions options, DiagnosticBag diagnostics)
    {
        _ = reader.Read(mainFile, SourceSpan.None(mainFile), diagnostics);
        return new HttpdConfig { ServerRoot = options.ServerRoot ?? PathText.Directory(mainFile) };
    }
}
