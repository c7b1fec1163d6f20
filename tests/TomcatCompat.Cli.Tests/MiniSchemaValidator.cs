using System.Text.Json;
using System.Text.RegularExpressions;

namespace TomcatCompat.Cli.Tests;

/// <summary>
/// The subset of JSON Schema 2020-12 that docs/topology.schema.json uses ($ref to $defs, type,
/// properties, required, additionalProperties, items, enum, anyOf, pattern, minimum). No package needed.
/// </summary>
internal sealed class MiniSchemaValidator(JsonElement root)
{
    public List<string> Errors { get; } = [];

    public void Validate(JsonElement value, JsonElement schema, string path)
    {
        if (schema.ValueKind == JsonValueKind.True)
            return;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(value, Resolve(reference.GetString()!), path);
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var ok = anyOf.EnumerateArray().Any(s =>
            {
                var probe = new MiniSchemaValidator(root);
                probe.Validate(value, s, path);
                return probe.Errors.Count == 0;
            });
            if (!ok)
                Errors.Add($"{path}: matches no anyOf branch");
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
            Errors.Add($"{path}: {value.ValueKind} is not {type}");
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(e => e.ToString() == value.ToString()))
            Errors.Add($"{path}: {value} is not in the enum");
        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
            Errors.Add($"{path}: \"{value}\" does not match {pattern}");
        if (schema.TryGetProperty("minimum", out var min) && value.ValueKind == JsonValueKind.Number && value.GetDecimal() < min.GetDecimal())
            Errors.Add($"{path}: {value} < {min}");
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
                Validate(item, items, $"{path}[{i++}]");
        }

        if (value.ValueKind == JsonValueKind.Object)
            ValidateObject(value, schema, path);
    }

    private void ValidateObject(JsonElement value, JsonElement schema, string path)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                    Errors.Add($"{path}: required key \"{name}\" missing");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var sub))
                Validate(property.Value, sub, $"{path}.{property.Name}");
            else if (schema.TryGetProperty("additionalProperties", out var extra))
            {
                if (extra.ValueKind == JsonValueKind.False)
                    Errors.Add($"{path}: key \"{property.Name}\" is not in the schema");
                else
                    Validate(property.Value, extra, $"{path}.{property.Name}");
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        var node = root;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node.GetProperty(part);
        return node;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Is(value, t.GetString()!))
        : Is(value, type.GetString()!);

    private static bool Is(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
