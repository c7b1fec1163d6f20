using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TomcatCompat.Config.Json;

/// <summary>Writes a default (uninitialised) <see cref="ImmutableArray{T}"/> as [] instead of throwing.</summary>
/// <remarks>One instance per element type, registered by <see cref="TopologyJsonWriter"/>: no runtime generic instantiation.</remarks>
public sealed class ImmutableArrayJsonConverter<T> : JsonConverter<ImmutableArray<T>>
{
    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"expected an array for ImmutableArray<{typeof(T).Name}>");
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            items.Add(JsonSerializer.Deserialize(ref reader, info)!);
        return items.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (!value.IsDefault)
        {
            // Resolve the element contract once per array, not once per element.
            var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            foreach (var item in value)
                JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
