using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// Reads workers.properties files and JkWorkerProperty lines into one <see cref="WorkersProperties"/>
/// (httpd-proxy.md §7.1): $(var) expansion against what was read so far, attribute validation
/// (an unknown <c>worker.*</c> attribute makes mod_jk reject the file), deprecation warnings, and
/// mod_jk's duplicate-key rules. Problems are reported and reading goes on.
/// </summary>
internal sealed class WorkersPropertiesParser
{
    private readonly IConfigFileSystem _fileSystem;
    private readonly DiagnosticBag _diagnostics;

    public WorkersPropertiesParser(IConfigFileSystem fileSystem, DiagnosticBag diagnostics)
    {
        _fileSystem = fileSystem;
        _diagnostics = diagnostics;
    }

    public WorkersProperties Properties { get; } = new();

    public void AddFile(SourceFile file)
    {
        foreach (var line in PropertiesLexer.Lex(file, _diagnostics))
            Add(line);
    }

    public void Add(PropertyLine line)
    {
        var value = VariableExpander.Expand(line.Key, line.Value, line.Span, Properties, _fileSystem, _diagnostics);
        var treatment = DuplicateTreatment.Star;
        if (line.Key.StartsWith("worker.", StringComparison.Ordinal))
        {
            var attributeName = line.Key[(line.Key.LastIndexOf('.') + 1)..];
            if (!WorkerAttributeTable.TryGet(attributeName, out var attribute))
            {
                _diagnostics.Add(ConfigDiagnostics.JkUnknownAttribute, line.Span, attributeName, line.Key);
                return;
            }

            if (attribute.IsDeprecated)
                _diagnostics.Add(ConfigDiagnostics.JkDeprecatedAttribute, line.Span, attributeName, line.Key, attribute.Replacement);
            treatment = attribute.Duplicates;
        }

        var previous = Properties.Get(line.Key);
        if (previous is null)
        {
            Properties.Set(new PropertyEntry(line.Key, value, line.Span));
            return;
        }

        switch (treatment)
        {
            case DuplicateTreatment.Overwrite:
                _diagnostics.Add(ConfigDiagnostics.JkDuplicateKey, line.Span, line.Key, previous.Value, value);
                Properties.Set(new PropertyEntry(line.Key, value, line.Span));
                break;
            case DuplicateTreatment.CommaList:
                Properties.Set(previous with { Value = previous.Value + "," + value });
                break;
            default:
                Properties.Set(previous with { Value = previous.Value + "*" + value });
                break;
        }
    }
}
