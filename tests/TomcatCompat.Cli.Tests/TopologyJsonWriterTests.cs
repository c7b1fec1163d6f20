using System.Text.Json;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Tests;

public class TopologyJsonWriterTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Topology_json_has_contract_keys_in_stable_order()
    {
        var root = Parse(TopologyJsonWriter.Write(SampleTopology.Create()));
        Assert.Equal(["files", "httpdServers", "listens", "virtualHosts", "balancers", "mounts", "nodes", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        var member = root.GetProperty("balancers")[0].GetProperty("members")[1];
        Assert.Equal("ajp://127.0.0.1:8010", member.GetProperty("url").GetString());
        Assert.Equal("node2", member.GetProperty("route").GetString());
        Assert.Equal(2m, member.GetProperty("loadfactor").GetDecimal());
        Assert.Equal("DS", member.GetProperty("status").GetString());
        Assert.Equal("""{"file":"etc/apache2/sites-enabled/cluster.conf","line":5,"column":1}""", member.GetProperty("source").GetRawText().Replace(" ", "").Replace("\n", ""));
        var node = root.GetProperty("nodes")[0];
        foreach (var key in new[] { "name", "jvmRoute", "connectors", "cluster", "webapps" })
            Assert.True(node.TryGetProperty(key, out _), key);
    }

    [Fact]
    public void BalancerMember_status_none_is_empty_string()
    {
        var root = Parse(TopologyJsonWriter.Write(SampleTopology.Create()));
        Assert.Equal("", root.GetProperty("balancers")[0].GetProperty("members")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Diagnostic_is_flat_with_lowercase_severity()
    {
        var root = Parse(TopologyJsonWriter.Write(SampleTopology.Create()));
        var d = root.GetProperty("diagnostics")[0];
        Assert.Equal(["code", "severity", "file", "line", "column", "message"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", d.GetProperty("severity").GetString());
    }

    [Fact]
    public void Secrets_are_masked_by_default()
    {
        var json = TopologyJsonWriter.Write(SampleTopology.Create());
        Assert.DoesNotContain("s3cr3t-ajp", json, StringComparison.Ordinal);
        Assert.DoesNotContain("cafebabe", json, StringComparison.Ordinal);
        Assert.DoesNotContain("let-me-stop", json, StringComparison.Ordinal);
        var root = Parse(json);
        var member = root.GetProperty("balancers")[0].GetProperty("members")[0];
        Assert.Equal("***", member.GetProperty("secret").GetString());
        Assert.Equal("***", member.GetProperty("parameters").GetProperty("secret").GetString());
        var node = root.GetProperty("nodes")[0];
        Assert.Equal("***", node.GetProperty("shutdownCommand").GetString());
        Assert.Equal("***", node.GetProperty("connectors")[1].GetProperty("secret").GetString());
        Assert.Equal("***", node.GetProperty("connectors")[1].GetProperty("attributes").GetProperty("secret").GetString());
        Assert.Equal("***", node.GetProperty("cluster").GetProperty("channel").GetProperty("interceptors")[1].GetProperty("component").GetProperty("attributes").GetProperty("encryptionKey").GetString());
        Assert.Equal("AJP secret \"***\" quoted in a message", root.GetProperty("diagnostics")[2].GetProperty("message").GetString());
    }

    [Fact]
    public void Secrets_are_kept_with_showSecrets()
    {
        var json = TopologyJsonWriter.Write(SampleTopology.Create(), showSecrets: true);
        Assert.Contains("\"secret\": \"s3cr3t-ajp\"", json, StringComparison.Ordinal);
        Assert.Contains("\"encryptionKey\": \"cafebabecafebabecafebabecafebabe\"", json, StringComparison.Ordinal);
        Assert.Contains("\"shutdownCommand\": \"let-me-stop\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secret", true)]
    [InlineData("requiredSecret", true)]
    [InlineData("keystorePass", true)]
    [InlineData("certificateKeystorePassword", true)]
    [InlineData("encryptionKey", true)]
    [InlineData("route", false)]
    [InlineData("port", false)]
    public void IsSecretKey_names_credentials(string key, bool expected) => Assert.Equal(expected, TopologyRedactor.IsSecretKey(key));

    [Fact]
    public void Default_arrays_in_hand_built_records_write_as_empty_arrays()
    {
        var json = TopologyJsonWriter.Write(new Topology { Balancers = default, Nodes = [new NodeSpec { Name = "n", Connectors = default }] });
        var root = Parse(json);
        Assert.Equal(0, root.GetProperty("balancers").GetArrayLength());
        Assert.Equal(0, root.GetProperty("nodes")[0].GetProperty("connectors").GetArrayLength());
        Assert.Equal("", root.GetProperty("nodes")[0].GetProperty("source").GetProperty("file").GetString());
    }

    [Theory]
    [InlineData(MemberStatus.None, "")]
    [InlineData(MemberStatus.Disabled, "D")]
    [InlineData(MemberStatus.HotStandby | MemberStatus.Draining, "HN")]
    [InlineData((MemberStatus)255, "DSIHRENC")]
    public void MemberStatus_letters_round_trip(MemberStatus status, string letters)
    {
        Assert.Equal(letters, MemberStatusJsonConverter.ToLetters(status));
        Assert.Equal(status, MemberStatusJsonConverter.FromLetters(letters));
    }

    [Fact]
    public void Writer_output_validates_against_docs_topology_schema()
    {
        var schema = Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "topology.schema.json")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        foreach (var topology in new[] { SampleTopology.Create(), new Topology() })
        {
            var validator = new MiniSchemaValidator(schema);
            validator.Validate(Parse(TopologyJsonWriter.Write(topology)), schema, "$");
            Assert.Empty(validator.Errors);
        }
    }

    [Fact]
    public void Schema_validator_rejects_an_undeclared_key()
    {
        var schema = Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "topology.schema.json")));
        var validator = new MiniSchemaValidator(schema);
        validator.Validate(Parse("""{"files":[],"httpdServers":[],"listens":[],"virtualHosts":[],"balancers":[],"mounts":[],"nodes":[],"diagnostics":[],"extra":1}"""), schema, "$");
        Assert.Equal(["$: key \"extra\" is not in the schema"], validator.Errors);
    }
}
