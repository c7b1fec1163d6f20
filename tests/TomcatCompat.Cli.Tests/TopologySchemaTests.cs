using System.Text.Json.Nodes;

namespace TomcatCompat.Cli.Tests;

public sealed class TopologySchemaTests
{
    /// <summary>Set UPDATE_SCHEMA=1 to rewrite docs/topology.schema.json after a Model change.</summary>
    [Fact]
    public void Docs_topology_schema_is_the_one_generated_from_the_model()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "topology.schema.json");
        var current = File.ReadAllText(path);
        var defs = JsonNode.Parse(current)!["$defs"]!.AsObject();
        var generated = TopologySchemaGenerator.Generate(defs);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/topology.schema.json"));
            File.WriteAllText(source, generated);
            return;
        }

        Assert.Equal(current, generated);
    }
}
