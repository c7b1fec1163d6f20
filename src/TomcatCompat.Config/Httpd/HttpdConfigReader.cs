using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>Entry point of the httpd front end: lexer → parser/preprocessor → directive-table checks.</summary>
public static class HttpdConfigReader
{
    /// <summary>
    /// Reads <paramref name="mainFile"/> and everything it includes into one evaluated tree, then checks
    /// every directive against the directive table. Never throws on bad input: problems go to
    /// <paramref name="diagnostics"/>.
    /// </summary>
    public static HttpdConfig Read(SourceReader reader, string mainFile, HttpdOptions options, DiagnosticBag diagnostics)
    {
        var serverRoot = options.ServerRoot ?? PathText.Directory(PathText.Normalize(mainFile));
        var parser = new HttpdParser(reader, options, diagnostics, serverRoot);
        var config = parser.Read(mainFile);
        DirectiveValidator.Validate(config, parser.UnknownModules, diagnostics);
        return config;
    }
}
