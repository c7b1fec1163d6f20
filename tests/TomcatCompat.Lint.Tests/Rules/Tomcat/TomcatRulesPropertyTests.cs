using System.Text;
using CsCheck;
using TomcatCompat.Config.Diagnostics;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

/// <summary>
/// Every Tomcat rule on random and mutated server.xml/web.xml read by the real front end: no
/// exception, and every finding points at a real line of a named file.
/// </summary>
public sealed class TomcatRulesPropertyTests
{
    private static readonly ILintRule[] Rules =
        [.. RuleCatalog.Rules.Where(r => r.GetType().Namespace == typeof(Lint.Rules.Tomcat.TomcatFacts).Namespace)];

    private static readonly string ValidServer = Server(Cluster(
        Mcast(" address=\"228.0.0.4\" frequency=\"500\" dropTime=\"3000\"") + "\n" + Receiver + "\n"
        + Interceptor("EncryptInterceptor", " encryptionKey=\"00112233445566778899aabbccddeeff\"") + "\n" + Interceptor("GzipInterceptor") + "\n"
        + FailureDetector + "\n" + Interceptor("MessageDispatch15Interceptor"),
        " channelSendOptions=\"use_ack,sync\"",
        "<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" expireSessionsOnShutdown=\"true\"/>"),
        connectors: "<Connector port=\"8080\"/>\n    <Connector port=\"8080\" protocol=\"AJP/1.3\" secret=\"x\"/>",
        engine: "name=\"Catalina\" defaultHost=\"localhost\" jvmRoute=\"a.b\"");

    private static readonly string ValidWeb = WebXml("<distributible/><session-config><session-timeout>-1</session-timeout><cookie-config><nme>x</nme></cookie-config></session-config>");

    private static void LintAll(string server, string web)
    {
        var context = Read(server, web);
        var bag = new DiagnosticBag();
        foreach (var rule in Rules)
            rule.Check(context, bag);
        foreach (var d in bag.ToImmutable())
        {
            Assert.True(d.Span.Line > 0, $"{d.Code} without a line: {d.Message}");
            Assert.False(string.IsNullOrEmpty(d.Span.File), $"{d.Code} without a file");
        }
    }

    [Fact]
    public void Valid_sample_triggers_every_rule_it_was_built_for()
    {
        var context = Read(ValidServer, ValidWeb);
        var bag = new DiagnosticBag();
        foreach (var rule in Rules)
            rule.Check(context, bag);
        Assert.Equal(
            ["TC2550", "TC2554", "TC2557", "TC2558", "TC2560", "TC2561", "TC2650", "TC2652"],
            bag.ToImmutable().Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Random_text_as_server_xml_and_web_xml_never_throws() =>
        Gen.Select(Gen.String, Gen.String).Sample((server, web) => LintAll(server, web), iter: 300);

    [Fact]
    public void Byte_mutations_of_a_valid_sample_never_throw()
    {
        var server = Encoding.UTF8.GetBytes(ValidServer);
        var web = Encoding.UTF8.GetBytes(ValidWeb);
        Gen.Select(Gen.Int[0, server.Length - 1].Array[1, 8], Gen.Byte.Array[8], Gen.Int[0, web.Length - 1], Gen.Byte).Sample((positions, values, webAt, webValue) =>
        {
            var s = (byte[])server.Clone();
            for (var i = 0; i < positions.Length; i++)
                s[positions[i]] = values[i];
            var w = (byte[])web.Clone();
            w[webAt] = webValue;
            LintAll(Encoding.UTF8.GetString(s), Encoding.UTF8.GetString(w));
        }, iter: 300);
    }

    [Fact]
    public void Attribute_values_drawn_from_edge_cases_never_throw()
    {
        var value = Gen.OneOf("", " ", "-1", "0", "2147483648", "99999999999999999999", "abc", "auto", "::", "ff02::1", "1.2.3", "${x}", "multicast", "udp,async", "\u0000");
        Gen.Select(value, value, value, value).Sample((a, b, c, d) =>
            LintAll(
                Server(Cluster(Mcast($" address=\"{a}\" frequency=\"{b}\" dropTime=\"{c}\"") + "\n" + Receiver + "\n" + Interceptor("EncryptInterceptor", $" encryptionKey=\"{d}\""), $" channelSendOptions=\"{a}\"")),
                WebXml($"<session-config><session-timeout>{b}</session-timeout></session-config>")),
            iter: 300);
    }
}
