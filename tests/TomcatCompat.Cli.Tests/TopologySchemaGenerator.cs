using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Cli.Tests;

/// <summary>
/// Builds docs/topology.schema.json from the Model records by reflection, the way
/// TopologyJsonWriter serialises them (camelCase, every key present, nullable = "null" allowed),
/// so the documented schema cannot drift from the code. Hand-written parts: SourceSpan,
/// MemberStatus and Diagnostic, which have custom converters.
/// </summary>
internal static class TopologySchemaGenerator
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Generate(JsonObject handWritten)
    {
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var name in new[] { nameof(SourceSpan), nameof(MemberStatus), nameof(Diagnostic) })
            defs[name] = handWritten[name]!.DeepClone();

        var root = ObjectSchema(typeof(Topology), defs);
        root.Remove("type");
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://tomcatcompat.invalid/schemas/topology.schema.json",
            ["title"] = "TomcatCompat topology (tomcatcompat import --format json)",
            ["description"] = "See docs/topology-json.md. Every key is always written; null means unset. Generated from the Model records by TopologySchemaTests.",
            ["type"] = "object",
        };
        foreach (var (key, value) in root)
            schema[key] = value!.DeepClone();
        var defsNode = new JsonObject();
        foreach (var (name, node) in defs)
            defsNode[name] = node;
        schema["$defs"] = defsNode;
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject ObjectSchema(Type type, SortedDictionary<string, JsonNode> defs)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            if (type == typeof(BalancerMember) && name == "loadFactor")
                name = "loadfactor";
            var nullable = Nullability.Create(p).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(p.PropertyType) is not null;
            properties[name] = TypeSchema(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, nullable, defs);
            required.Add(name);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonNode TypeSchema(Type type, bool nullable, SortedDictionary<string, JsonNode> defs)
    {
        JsonNode Simple(string t) => nullable ? new JsonObject { ["type"] = new JsonArray(t, "null") } : new JsonObject { ["type"] = t };

        if (type == typeof(string))
            return Simple("string");
        if (type == typeof(bool))
            return Simple("boolean");
        if (type == typeof(int) || type == typeof(long))
            return Simple("integer");
        if (type == typeof(decimal) || type == typeof(double))
            return Simple("number");
        if (type.IsEnum && type != typeof(MemberStatus))
        {
            var values = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))]);
            if (nullable)
                values.Add(null);
            return new JsonObject { ["enum"] = values };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.GetGenericArguments()[0], false, defs) };
        if (typeof(IDictionary).IsAssignableFrom(type) || (type.IsGenericType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))))
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = TypeSchema(type.GetGenericArguments()[1], false, defs) };

        if (!defs.ContainsKey(type.Name))
        {
            defs[type.Name] = new JsonObject(); // placeholder breaks recursion
            defs[type.Name] = ObjectSchema(type, defs);
        }

        var reference = new JsonObject { ["$ref"] = $"#/$defs/{type.Name}" };
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }
}
