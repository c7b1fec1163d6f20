using System.Text.RegularExpressions;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Tests.Diagnostics;

public sealed class ConfigDiagnosticsTests
{
    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        var codes = ConfigDiagnostics.All.Select(d => d.Code).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches(new Regex("^TC[1-4][0-9]{3}$"), c));
    }

    [Fact]
    public void TC1xxx_codes_are_errors_or_warnings_never_info() =>
        Assert.All(
            ConfigDiagnostics.All.Where(d => d.Code.StartsWith("TC1", StringComparison.Ordinal)),
            d => Assert.NotEqual(DiagnosticSeverity.Info, d.DefaultSeverity));
}
