using System.Text.Json;
using System.Text.Json.Serialization;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Json;

/// <summary><see cref="SourceSpan"/> as <c>{"file", "line", "column"}</c>; a default span writes an empty file name.</summary>
public sealed class SourceSpanJsonConverter : JsonConverter<SourceSpan>
{
    public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string file = "";
        int line = 0, column = 0;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a source span is an object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "file": file = reader.GetString() ?? ""; break;
                case "line": line = reader.GetInt32(); break;
                case "column": column = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }

        return new SourceSpan(file, line, column);
    }

    public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("file", value.File ?? "");
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("column", value.Column);
        writer.WriteEndObject();
    }
}
