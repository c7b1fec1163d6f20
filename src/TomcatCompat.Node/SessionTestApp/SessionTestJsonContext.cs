using System.Text.Json.Serialization;

namespace TomcatCompat.Node.SessionTestApp;

/// <summary>Source-generated JSON for the test page (camelCase, as the anchor's field names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SessionTestView))]
internal sealed partial class SessionTestJsonContext : JsonSerializerContext;
