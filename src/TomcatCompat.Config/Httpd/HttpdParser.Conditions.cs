using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Preprocessing;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

// Read-time conditionals: <IfModule>, <IfDefine>, <IfFile>, <IfDirective>, <IfSection>, <IfVersion>.
internal sealed partial class HttpdParser
{
    private bool EvaluateCondition(string section, string argText, ImmutableArray<string> args, SourceSpan span)
    {
        if (section.Equals("IfVersion", StringComparison.OrdinalIgnoreCase))
        {
            var r = IfVersionCondition.Evaluate(args, _options.Version, out var error);
            if (r is null)
                _diagnostics.Add(ConfigDiagnostics.HttpdIfVersionInvalid, span, argText, error);
            return r ?? false;
        }

        // httpd tests the raw text for '!', then takes the first word of what follows.
        var negate = argText.StartsWith('!');
        var words = negate ? ArgumentSplitter.Split(argText[1..]) : args;
        if (words.Length == 0 || words[0].Length == 0)
        {
            _diagnostics.Add(ConfigDiagnostics.HttpdSectionNeedsArgument, span, section, "name to test");
            return false;
        }

        var subject = words[0];
        if (words.Length > 1)
            _diagnostics.Add(ConfigDiagnostics.HttpdConditionExtraWords, span, section, subject, string.Join(' ', words.Skip(1)));
        if (!negate && subject.StartsWith('!') && argText.Length > 0 && argText[0] is '"' or '\'')
            _diagnostics.Add(ConfigDiagnostics.HttpdQuotedNegation, span, section, subject, subject[1..]);

        var found = LowerCaseNames.Of(section) switch
        {
            "ifmodule" => _modules.IsLoaded(subject),
            "ifdefine" => _defines.IsDefined(subject),
            "iffile" => Exists(HttpdPaths.Resolve(_reader, _serverRoot, subject)),
            "ifdirective" => _modules.Provides(subject),
            _ => _modules.Provides("<" + subject),
        };
        return found != negate;
    }

    private bool Exists(string path) => _reader.FileSystem.FileExists(path) || _reader.FileSystem.DirectoryExists(path);
}
