using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Json;

/// <summary>
/// Writes a <see cref="Topology"/> as the public JSON of <c>import --format json</c>
/// (docs/topology-json.md): camelCase keys in declaration order, enums as strings, member
/// status as letters, spans as {file, line, column}, nulls kept so every key is always present.
/// </summary>
public static class TopologyJsonWriter
{
    /// <summary>The options behind the contract; shared so other writers produce the same shapes.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="topology"/>; secrets are masked unless <paramref name="showSecrets"/>.</summary>
    public static string Write(Topology topology, bool showSecrets = false)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var value = showSecrets ? topology : TopologyRedactor.Redact(topology);
        return JsonSerializer.Serialize(value, (JsonTypeInfo<Topology>)Options.GetTypeInfo(typeof(Topology))) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Messages quote config text such as <Engine jvmRoute>; keep it readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = TopologyJsonContext.Default.WithAddedModifier(ContractNames),
        };
        options.Converters.Add(new MemberStatusJsonConverter());
        options.Converters.Add(new SourceSpanJsonConverter());
        options.Converters.Add(new DiagnosticJsonConverter());
        foreach (var converter in ImmutableArrayConverters())
            options.Converters.Add(converter);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Every <c>ImmutableArray&lt;T&gt;</c> element type of the Model (a test checks the list is complete).</summary>
    internal static IEnumerable<JsonConverter> ImmutableArrayConverters() =>
    [
        new ImmutableArrayJsonConverter<AccessLogSpec>(), new ImmutableArrayJsonConverter<BalancerManagerSpec>(),
        new ImmutableArrayJsonConverter<BalancerMember>(), new ImmutableArrayJsonConverter<BalancerSpec>(),
        new ImmutableArrayJsonConverter<ComponentSpec>(), new ImmutableArrayJsonConverter<Connector>(),
        new ImmutableArrayJsonConverter<Diagnostics.Diagnostic>(), new ImmutableArrayJsonConverter<HeaderRule>(),
        new ImmutableArrayJsonConverter<HostSpec>(), new ImmutableArrayJsonConverter<HttpdServerSpec>(),
        new ImmutableArrayJsonConverter<InputFile>(), new ImmutableArrayJsonConverter<InterceptorSpec>(),
        new ImmutableArrayJsonConverter<ListenSpec>(), new ImmutableArrayJsonConverter<Mount>(),
        new ImmutableArrayJsonConverter<NodeSpec>(), new ImmutableArrayJsonConverter<ReverseRule>(),
        new ImmutableArrayJsonConverter<ValveSpec>(), new ImmutableArrayJsonConverter<VirtualHostSpec>(),
        new ImmutableArrayJsonConverter<WebApp>(), new ImmutableArrayJsonConverter<int>(),
        new ImmutableArrayJsonConverter<string>(),
    ];

    /// <summary>
    /// DESIGN.md "Public contracts" spells a member's weight as httpd does: <c>loadfactor</c>; a
    /// vhost copy of a balancer lists no members of its own (they are on <c>membersFrom</c>'s
    /// balancer), so a 2,000-member balancer used by many virtual hosts is written once.
    /// </summary>
    private static void ContractNames(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (info.Type == typeof(BalancerMember) && property.Name == "loadFactor")
                property.Name = "loadfactor";
            if (info.Type == typeof(BalancerSpec) && property.Name == "members")
                property.Get = o => o is BalancerSpec { MembersFrom: null } b ? b.Members : ImmutableArray<BalancerMember>.Empty;
        }
    }
}
