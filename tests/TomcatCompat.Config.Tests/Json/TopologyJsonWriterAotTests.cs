using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tests.Json;

/// <summary>The writer works from compile-time contracts only, so the published native CLI writes the same JSON.</summary>
public sealed class TopologyJsonWriterAotTests
{
    [Fact]
    public void ImmutableArrayConverters_cover_every_ImmutableArray_element_type_reachable_from_Topology()
    {
        var registered = TopologyJsonWriter.ImmutableArrayConverters().Select(c => c.Type!.GetGenericArguments()[0]).ToHashSet();
        var needed = new HashSet<Type>();
        Walk(typeof(Topology), needed, []);
        Assert.Empty(needed.Except(registered).Select(t => t.Name));
    }

    [Fact]
    public void Write_of_a_default_ImmutableArray_writes_an_empty_array()
    {
        var json = TopologyJsonWriter.Write(new Topology { Balancers = default });
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json).RootElement.GetProperty("balancers").ValueKind);
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("balancers").GetArrayLength());
    }

    [Fact]
    public void Options_resolve_contracts_without_reflection() =>
        Assert.False(TopologyJsonWriter.Options.TypeInfoResolver is System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver);

    private static void Walk(Type type, HashSet<Type> needed, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("TomcatCompat", StringComparison.Ordinal) != true)
            return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = property.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                needed.Add(t.GetGenericArguments()[0]);
                Walk(t.GetGenericArguments()[0], needed, seen);
            }
            else
            {
                Walk(Nullable.GetUnderlyingType(t) ?? t, needed, seen);
            }
        }
    }
}
