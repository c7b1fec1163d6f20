using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint;

/// <summary>
/// One lint rule: a permanent code (its <see cref="Descriptor"/>) and a check over the whole
/// imported topology. Rules add to the bag and never throw on odd input.
/// </summary>
public interface ILintRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(LintContext context, DiagnosticBag diagnostics);
}
