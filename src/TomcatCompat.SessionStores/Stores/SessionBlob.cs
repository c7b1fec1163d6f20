using System.Collections.Immutable;
using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>
/// A whole session as one value (memcached items): metadata, the session version and, per attribute,
/// the version that last wrote it; a removed attribute stays as a tombstone so an older write cannot
/// bring it back. <see cref="Apply"/> is the same rule the Redis script applies on the server.
/// </summary>
internal sealed record SessionBlob(
    long CreationTime, long LastAccessedTime, int MaxInactiveInterval, long Version,
    ImmutableSortedDictionary<string, (long Version, byte[]? Value)> Attributes)
{
    private const byte Format = 1;

    public StoredSession ToStored(string id, ulong cas) => new(
        id, CreationTime, LastAccessedTime, MaxInactiveInterval, Version,
        Attributes.Where(a => a.Value.Value is not null).ToImmutableSortedDictionary(a => a.Key, a => a.Value.Value!, StringComparer.Ordinal))
    { Cas = cas };

    /// <summary>The blob after <paramref name="write"/>, with the count of changes dropped as stale; null = gone.</summary>
    public static (SessionBlob? Next, int Stale) Apply(SessionBlob? current, SessionWrite write)
    {
        if (current is null && !write.Full)
            return (null, 0);
        current ??= new SessionBlob(write.CreationTime, 0, write.MaxInactiveInterval, 0, ImmutableSortedDictionary<string, (long, byte[]?)>.Empty.WithComparers(StringComparer.Ordinal));
        var version = current.Version;
        var attributes = current.Attributes;
        var stale = 0;
        if (write.Changes.Count > 0 || version == 0)
        {
            version++;
            var builder = attributes.ToBuilder();
            foreach (var (name, value) in write.Changes)
            {
                if (builder.TryGetValue(name, out var existing) && existing.Version > write.BaseVersion)
                    stale++;
                else
                    builder[name] = (version, value);
            }

            attributes = builder.ToImmutable();
        }

        return (current with
        {
            LastAccessedTime = Math.Max(current.LastAccessedTime, write.LastAccessedTime),
            MaxInactiveInterval = write.MaxInactiveInterval,
            Version = version,
            Attributes = attributes,
        }, stale);
    }

    public byte[] Serialize()
    {
        var w = new PayloadWriter();
        w.WriteByte(Format);
        w.WriteInt64(CreationTime);
        w.WriteInt64(LastAccessedTime);
        w.WriteInt32(MaxInactiveInterval);
        w.WriteInt64(Version);
        w.WriteInt32(Attributes.Count);
        foreach (var (name, (version, value)) in Attributes)
        {
            w.WriteString(name);
            w.WriteInt64(version);
            w.WriteBool(value is null);
            if (value is not null)
                w.WriteBytes(value);
        }

        return w.ToArray();
    }

    /// <summary>Never throws: bytes that are not a blob of this format give null.</summary>
    public static SessionBlob? TryDeserialize(ReadOnlyMemory<byte> data)
    {
        try
        {
            var r = new PayloadReader(data);
            if (r.ReadByte() != Format)
                return null;
            var created = r.ReadInt64();
            var accessed = r.ReadInt64();
            var maxInactive = r.ReadInt32();
            var version = r.ReadInt64();
            var count = r.ReadCount(minItemSize: 13);
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, (long, byte[]?)>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = r.ReadRequiredString();
                var attributeVersion = r.ReadInt64();
                attributes[name] = (attributeVersion, r.ReadBool() ? null : r.ReadBytes());
            }

            r.ExpectEnd();
            return new SessionBlob(created, accessed, maxInactive, version, attributes.ToImmutable());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
