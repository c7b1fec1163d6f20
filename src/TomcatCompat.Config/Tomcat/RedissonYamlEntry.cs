using System.Collections.Immutable;

namespace TomcatCompat.Config.Tomcat;

/// <summary>One <c>key: value</c> (or <c>key:</c> + <c>- item</c> list) of a Redisson YAML config, with its line.</summary>
internal sealed record RedissonYamlEntry(string Key, string? Value, ImmutableArray<string> Items, int Line);
