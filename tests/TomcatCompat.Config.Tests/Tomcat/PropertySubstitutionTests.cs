using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class PropertySubstitutionTests
{
    private static readonly SourceSpan At = new("f", 1);

    private static (string Value, string[] Codes) Apply(string text, Dictionary<string, string> props, bool defaults = true, Func<string, string?>? env = null)
    {
        var bag = new DiagnosticBag();
        var v = new PropertySubstitution(props, env, defaults).Apply(text, At, bag);
        return (v, [.. bag.ToImmutable().Select(d => d.Code)]);
    }

    [Fact]
    public void Defined_nested_and_default()
    {
        var props = new Dictionary<string, string> { ["a"] = "${b}x", ["b"] = "1" };
        var (v, codes) = Apply("${a}-${c:-2}-$y-$", props);
        Assert.Equal("1x-2-$y-$", v);
        Assert.Empty(codes);
    }

    [Fact]
    public void Undefined_is_kept_literally_with_TC2418()
    {
        var (v, codes) = Apply("p${u}q", []);
        Assert.Equal("p${u}q", v);
        Assert.Equal(["TC2418"], codes);
    }

    [Fact]
    public void Default_form_before_9_0_35_is_left_unresolved()
    {
        var (v, codes) = Apply("${c:-2}", [], defaults: false);
        Assert.Equal("${c:-2}", v);
        Assert.Equal(["TC2418"], codes);
    }

    [Fact]
    public void Self_reference_stops_after_20_rounds_TC2419()
    {
        var (v, codes) = Apply("${a}", new Dictionary<string, string> { ["a"] = "${a}${a}" });
        Assert.Equal(["TC2419"], codes);
        Assert.True(v.Length < 5_000_000);
    }

    [Fact]
    public void Environment_only_with_PROPERTY_SOURCE()
    {
        string? Env(string n) => n == "HOME_PORT" ? "7" : null;
        Assert.Equal("${HOME_PORT}", Apply("${HOME_PORT}", [], env: Env).Value);
        var props = new Dictionary<string, string> { [PropertySubstitution.PropertySourceKey] = "org.apache.tomcat.util.digester.EnvironmentPropertySource" };
        Assert.Equal("7", Apply("${HOME_PORT}", props, env: Env).Value);
    }
}
