using System.Collections.Immutable;
using System.Globalization;
using StackExchange.Redis;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Redis;

/// <summary>Field names of a session hash and reading one back; never throws on a hash another program wrote.</summary>
internal static class RedisSessionHash
{
    public const string Version = "session:version";
    public const string CreationTime = "session:creationTime";
    public const string LastAccessedTime = "session:lastAccessedTime";
    public const string MaxInactiveInterval = "session:maxInactiveInterval";
    public const string AttributePrefix = "attr:";

    public static StoredSession Parse(string id, HashEntry[] entries)
    {
        long version = 0, created = 0, accessed = 0;
        var maxInactive = -1;
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = (string)entry.Name!;
            switch (name)
            {
                case Version:
                    version = Long(entry.Value);
                    break;
                case CreationTime:
                    created = Long(entry.Value);
                    break;
                case LastAccessedTime:
                    accessed = Long(entry.Value);
                    break;
                case MaxInactiveInterval:
                    maxInactive = (int)Math.Clamp(Long(entry.Value, -1), int.MinValue, int.MaxValue);
                    break;
                default:
                    if (name.StartsWith(AttributePrefix, StringComparison.Ordinal))
                        attributes[name[AttributePrefix.Length..]] = (byte[])entry.Value! ?? [];
                    break;
            }
        }

        return new StoredSession(id, created, accessed, maxInactive, version, attributes.ToImmutable());
    }

    private static long Long(RedisValue value, long fallback = 0) =>
        long.TryParse((string?)value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
