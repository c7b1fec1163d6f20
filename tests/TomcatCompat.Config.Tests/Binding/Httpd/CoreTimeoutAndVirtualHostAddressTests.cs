using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

/// <summary>Severities checked against apache2 -t 2.4.71 (HonestSeverityTests): httpd refuses neither.</summary>
public sealed class CoreTimeoutAndVirtualHostAddressTests
{
    [Theory]
    [InlineData("Timeout 5ms", 5, "Timeout \"5ms\" is read by httpd as 5 seconds (only leading digits count, units are not understood) and is not refused; write whole seconds ≥ 1")]
    [InlineData("Timeout abc", 60, "Timeout \"abc\" is read by httpd as 0 seconds (only leading digits count, units are not understood) and is not refused; write whole seconds ≥ 1")]
    public void Timeout_is_read_with_atoi_and_warns(string line, int expected, string message)
    {
        var (t, d) = TestConf.Bind(line);
        var diagnostic = Assert.Single(d);
        Assert.Equal(("TC2069", DiagnosticSeverity.Warning, message), (diagnostic.Code, diagnostic.Severity, diagnostic.Message));
        Assert.Equal(expected, t.VirtualHosts[0].Timeout);
    }

    [Fact]
    public void VirtualHost_non_numeric_port_is_ignored_with_a_warning()
    {
        var (_, d) = TestConf.Bind("<VirtualHost *:abc>\n</VirtualHost>");
        var diagnostic = Assert.Single(d);
        Assert.Equal(("TC2084", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void VirtualHost_port_out_of_range_is_an_error()
    {
        var (_, d) = TestConf.Bind("<VirtualHost *:99999>\n</VirtualHost>");
        Assert.Equal(("TC2082", DiagnosticSeverity.Error), (Assert.Single(d).Code, Assert.Single(d).Severity));
    }
}
