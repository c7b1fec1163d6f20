namespace TomcatCompat.Config.Diagnostics;

public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor FileNotFound = new(
        "TC1001", DiagnosticSeverity.Error, "File not found",
        "cannot open \"{0}\": no such file or directory; check the path");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "TC1002", DiagnosticSeverity.Error, "File unreadable",
        "cannot read \"{0}\": {1}; check its permissions");

    public static readonly DiagnosticDescriptor BinaryFile = new(
        "TC1003", DiagnosticSeverity.Error, "Binary file",
        "\"{0}\" looks binary (it contains NUL bytes), not a config file; point at the text config instead");

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "TC1004", DiagnosticSeverity.Warning, "Not UTF-8",
        "\"{0}\" is not valid UTF-8 (first bad byte at line {1}); it was read as Latin-1, convert the file to UTF-8");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "TC1005", DiagnosticSeverity.Error, "File too large",
        "\"{0}\" is {1} bytes, over the {2}-byte limit for a config file; split it or point at the right file");

    public static readonly DiagnosticDescriptor UnknownInputKind = new(
        "TC1006", DiagnosticSeverity.Warning, "Unrecognised input",
        "\"{0}\" is not a recognised config file (httpd conf, workers.properties, uriworkermap.properties, server.xml, web.xml, context.xml, catalina.properties, envvars); it was skipped");
}
