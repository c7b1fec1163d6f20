using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>mod_proxy_hcheck settings of one worker or one ProxyHCTemplate while the config is read.</summary>
internal sealed class HealthCheckSettings
{
    public string? Method { get; set; }

    public string Uri { get; set; } = "";

    public int IntervalMs { get; set; } = 30_000;

    public int Passes { get; set; } = 1;

    public int Fails { get; set; } = 1;

    public string? ExpressionName { get; set; }

    public string? Template { get; set; }

    public HealthCheckSettings Clone() => (HealthCheckSettings)MemberwiseClone();

    /// <summary>Copies what <c>hctemplate=</c> copies: method, interval, passes, fails, uri, expr.</summary>
    public void CopyFrom(HealthCheckSettings template, string name)
    {
        Method = template.Method;
        IntervalMs = template.IntervalMs;
        Passes = template.Passes;
        Fails = template.Fails;
        Uri = template.Uri;
        ExpressionName = template.ExpressionName;
        Template = name;
    }

    /// <summary>Null when checks are off (no <c>hcmethod</c> or NONE), as httpd never checks such a member.</summary>
    public HealthCheckSpec? ToSpec(IReadOnlyDictionary<string, string> expressions, SourceSpan source) =>
        Method is null || Method == "NONE"
            ? null
            : new HealthCheckSpec
            {
                Method = Method,
                Uri = Uri,
                IntervalMs = IntervalMs,
                Passes = Passes,
                Fails = Fails,
                ExpressionName = ExpressionName,
                Expression = ExpressionName is not null && expressions.TryGetValue(ExpressionName, out var e) ? e : null,
                Template = Template,
                Source = source,
            };
}
