using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Output;

/// <summary>Writes lint findings in one output format.</summary>
public interface IDiagnosticFormatter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SourceFile> files, TextWriter output);
}
