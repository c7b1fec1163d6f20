using System.Text.Json.Serialization;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Json;

/// <summary>
/// Compile-time JSON contracts for the topology, so <c>import</c> needs no reflection (and the CLI can be
/// published ahead-of-time). <see cref="TopologyJsonWriter"/> layers the contract's renames on top.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Topology))]
internal sealed partial class TopologyJsonContext : JsonSerializerContext;
