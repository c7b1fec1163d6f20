using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TomcatCompat.Config.Json;

/// <summary>Writes a default (uninitialised) <see cref="ImmutableArray{T}"/> as [] instead of throwing.</summary>
public sealed class ImmutableArrayJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class Converter<T> : JsonConverter<ImmutableArray<T>>
    {
        public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            [.. JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []];

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
}
