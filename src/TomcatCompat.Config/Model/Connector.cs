using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>Tomcat <c>&lt;Connector&gt;</c> (tomcat-cluster.md §16.3).</summary>
public sealed record Connector
{
    /// <summary>"HTTP/1.1" or "AJP/1.3" (class names mapped to these).</summary>
    public required string Protocol { get; init; }

    /// <summary>"http" or "ajp": the member URL scheme that reaches it.</summary>
    public required string Scheme { get; init; }

    public int Port { get; init; }

    /// <summary><c>address</c>; null = all addresses (AJP default: loopback since 9.0.31).</summary>
    public string? Address { get; init; }

    /// <summary>AJP <c>secret</c> (redacted in output).</summary>
    public string? Secret { get; init; }

    /// <summary>AJP <c>secretRequired</c>, default true.</summary>
    public bool? SecretRequired { get; init; }

    /// <summary><c>executor</c>: name of the Service <c>&lt;Executor&gt;</c> whose pool it uses; null = own pool.</summary>
    public string? Executor { get; init; }

    /// <summary><c>protocol</c> as written (null when absent, meaning HTTP/1.1).</summary>
    public string? ProtocolAttribute { get; init; }

    /// <summary>Every attribute as written plus the defaults the model relies on.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
