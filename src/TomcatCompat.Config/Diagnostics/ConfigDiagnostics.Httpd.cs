namespace TomcatCompat.Config.Diagnostics;

// httpd front end: TC1100–1299 reading/parsing/preprocessing, TC2000–2049 directive-table checks.
// Where httpd has a message, ours says the same thing (httpd's words are quoted where useful).
public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor HttpdLineTooLong = new(
        "TC1100", DiagnosticSeverity.Error, "Line too long",
        "logical line is {0} bytes, over httpd's limit of {1} (httpd: \"Line too long\"); split the directive");

    public static readonly DiagnosticDescriptor HttpdByteOrderMark = new(
        "TC1101", DiagnosticSeverity.Error, "UTF-8 byte-order mark",
        "the file starts with a UTF-8 byte-order mark, which httpd on Unix reads as part of the first directive name (\"Invalid command '\\xef\\xbb\\xbf{0}'\"); save the file without BOM");

    public static readonly DiagnosticDescriptor HttpdMissingCloseBracket = new(
        "TC1102", DiagnosticSeverity.Error, "Missing '>'",
        "{0} directive missing closing '>'; end the line with '>' directly after the {1}");

    public static readonly DiagnosticDescriptor HttpdSectionMismatch = new(
        "TC1103", DiagnosticSeverity.Error, "Mismatched closing tag",
        "Expected </{0}> but saw </{1}>; close the inner section first");

    public static readonly DiagnosticDescriptor HttpdStrayCloser = new(
        "TC1104", DiagnosticSeverity.Error, "Closing tag without section",
        "</{0}> without matching <{0} section in this file; remove it or open the section in the same file");

    public static readonly DiagnosticDescriptor HttpdSectionNotClosed = new(
        "TC1105", DiagnosticSeverity.Error, "Section not closed",
        "<{0}> was not closed; add </{0}> in \"{1}\" (a section must be closed in the file that opened it)");

    public static readonly DiagnosticDescriptor HttpdSectionNeedsArgument = new(
        "TC1106", DiagnosticSeverity.Error, "Section needs an argument",
        "<{0}> directive requires additional arguments; give the {1} it applies to");

    public static readonly DiagnosticDescriptor HttpdSectionMultipleArguments = new(
        "TC1107", DiagnosticSeverity.Error, "Section takes one argument",
        "Multiple <{0}> arguments not (yet) supported: \"{1}\"; use one section per argument or a <{0}Match> regex");

    public static readonly DiagnosticDescriptor HttpdVirtualHostNested = new(
        "TC1108", DiagnosticSeverity.Error, "Nested VirtualHost",
        "<VirtualHost {0}> inside another <VirtualHost> (httpd: \"<VirtualHost> doesn't nest!\"); close the outer one first");

    public static readonly DiagnosticDescriptor HttpdElseWithoutIf = new(
        "TC1109", DiagnosticSeverity.Error, "Else without If",
        "<{0}> section without previous <If> or <ElseIf> section in same scope; place it right after </If> (it never pairs with <IfModule> and friends)");

    public static readonly DiagnosticDescriptor HttpdElseTakesNoArgument = new(
        "TC1110", DiagnosticSeverity.Error, "Else takes no argument",
        "<Else> does not take an argument (\"{0}\"); use <ElseIf {0}> instead");

    public static readonly DiagnosticDescriptor HttpdUnterminatedQuote = new(
        "TC1111", DiagnosticSeverity.Warning, "Unterminated quote",
        "unterminated {0} quote in \"{1}\": httpd silently takes the rest of the line as one word; add the closing quote");

    public static readonly DiagnosticDescriptor HttpdTextAfterCloser = new(
        "TC1112", DiagnosticSeverity.Warning, "Text after closing tag",
        "text \"{0}\" after </{1}> is silently ignored by httpd; move comments to their own line");

    public static readonly DiagnosticDescriptor HttpdConditionExtraWords = new(
        "TC1113", DiagnosticSeverity.Warning, "Extra words in condition",
        "<{0}> tests only its first word \"{1}\"; the rest (\"{2}\") is silently ignored by httpd, use nested sections");

    public static readonly DiagnosticDescriptor HttpdQuotedNegation = new(
        "TC1114", DiagnosticSeverity.Warning, "Negation inside quotes",
        "<{0} \"{1}\"> looks for the name \"{1}\" including the '!', so it does not negate; write <{0} !{2}> without quotes");

    public static readonly DiagnosticDescriptor HttpdUndefinedVariable = new(
        "TC1120", DiagnosticSeverity.Warning, "Undefined variable",
        "Config variable ${{{0}}} is not defined (httpd AH00111), so it stays as written; Define it, or pass the envvars file / environment");

    public static readonly DiagnosticDescriptor HttpdDefineNameColon = new(
        "TC1121", DiagnosticSeverity.Error, "Define name with ':'",
        "Define \"{0}\": Variable name must not contain ':'; rename the variable");

    public static readonly DiagnosticDescriptor HttpdIncludeFileMissing = new(
        "TC1130", DiagnosticSeverity.Error, "Include target missing",
        "{0}: Could not open configuration file {1}: No such file or directory; fix the path or use IncludeOptional");

    public static readonly DiagnosticDescriptor HttpdIncludeDirectoryMissing = new(
        "TC1131", DiagnosticSeverity.Error, "Include directory missing",
        "Include/IncludeOptional: Could not open directory {0}: No such file or directory; fix the path or use IncludeOptional");

    public static readonly DiagnosticDescriptor HttpdIncludeNoMatch = new(
        "TC1132", DiagnosticSeverity.Error, "Include wildcard matches nothing",
        "Include/IncludeOptional: No matches for the wildcard '{0}' in '{1}', failing; fix the pattern or use IncludeOptional");

    public static readonly DiagnosticDescriptor HttpdIncludeNotRegular = new(
        "TC1133", DiagnosticSeverity.Error, "Include target not a regular file",
        "Access to file {0} denied by server: not a regular file; include a regular file or a directory");

    public static readonly DiagnosticDescriptor HttpdIncludeCycle = new(
        "TC1134", DiagnosticSeverity.Error, "Include cycle",
        "{0} includes itself ({1}); httpd would recurse until \"Exceeded maximum include depth of 128\", remove one Include");

    public static readonly DiagnosticDescriptor HttpdIncludeDepth = new(
        "TC1135", DiagnosticSeverity.Error, "Include depth exceeded",
        "Exceeded maximum include depth of {0} at {1}, There appears to be a recursion; flatten the includes");

    public static readonly DiagnosticDescriptor HttpdIncludeInvalidPath = new(
        "TC1136", DiagnosticSeverity.Error, "Invalid Include path",
        "{0} needs a path (\"{1}\" is invalid); give a file, directory or wildcard");

    public static readonly DiagnosticDescriptor HttpdLoadModuleDuplicate = new(
        "TC1140", DiagnosticSeverity.Warning, "Module loaded twice",
        "module {0} is already loaded, skipping (httpd AH01574); remove the duplicate LoadModule");

    public static readonly DiagnosticDescriptor HttpdLoadModuleBuiltIn = new(
        "TC1141", DiagnosticSeverity.Error, "Built-in module loaded",
        "module {0} is built-in and can't be loaded; remove this LoadModule line");

    public static readonly DiagnosticDescriptor HttpdLoadModuleUnknown = new(
        "TC1142", DiagnosticSeverity.Info, "Module unknown to TomcatCompat",
        "module {0} is not in TomcatCompat's directive table, so directives it may provide are not checked");

    public static readonly DiagnosticDescriptor HttpdServerRootInvalid = new(
        "TC1150", DiagnosticSeverity.Error, "ServerRoot not a directory",
        "ServerRoot \"{0}\": ServerRoot must be a valid directory; point it at an existing directory");

    public static readonly DiagnosticDescriptor HttpdIfVersionInvalid = new(
        "TC1160", DiagnosticSeverity.Error, "Invalid IfVersion",
        "<IfVersion {0}>: {1}");

    public static readonly DiagnosticDescriptor HttpdMacroUnsupported = new(
        "TC1170", DiagnosticSeverity.Warning, "mod_macro not expanded",
        "{0} (mod_macro) is not expanded by TomcatCompat, so directives a macro would produce are not seen; expand the macro by hand to have them imported");

    public static readonly DiagnosticDescriptor EnvVarsNotEvaluated = new(
        "TC1180", DiagnosticSeverity.Info, "envvars line not evaluated",
        "envvars line \"{0}\" is shell code TomcatCompat does not evaluate; set the variables it would produce with a plain NAME=value line if they are needed");

    public static readonly DiagnosticDescriptor HttpdInvalidCommand = new(
        "TC2000", DiagnosticSeverity.Error, "Invalid command",
        "Invalid command '{0}', perhaps misspelled or defined by a module not included in the server configuration{1}");

    public static readonly DiagnosticDescriptor HttpdUnknownDirective = new(
        "TC2001", DiagnosticSeverity.Warning, "Unknown directive",
        "'{0}' is not a directive of any module TomcatCompat knows; it may come from {1}, otherwise it is misspelled");

    public static readonly DiagnosticDescriptor HttpdNotAllowedInContext = new(
        "TC2002", DiagnosticSeverity.Error, "Directive not allowed here",
        "{0} not allowed {1}; move it {2}");

    public static readonly DiagnosticDescriptor HttpdCannotOccurWithin = new(
        "TC2003", DiagnosticSeverity.Error, "Directive forbidden in section",
        "{0} cannot occur within {1}; move it outside that section");

    public static readonly DiagnosticDescriptor HttpdArgumentCount = new(
        "TC2004", DiagnosticSeverity.Error, "Wrong number of arguments",
        "{0} {1}, but was given {2} ({3}); fix the arguments");

    public static readonly DiagnosticDescriptor HttpdMidLineComment = new(
        "TC2005", DiagnosticSeverity.Error, "'#' in the middle of a line",
        "{0} {1}, but the mid-line comment made {2} arguments ({3}); httpd treats '#' as a comment only at the start of a line, so move \"{4}\" to its own line");

    public static readonly DiagnosticDescriptor HttpdFlagNotOnOff = new(
        "TC2006", DiagnosticSeverity.Error, "Flag not On/Off",
        "{0} must be On or Off, not \"{1}\"");
}
