using System.Collections.Immutable;
using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>A whole session as sent in ALL_SESSION_DATA (state transfer to a joining node).</summary>
internal sealed record SessionSnapshot(
    string Id, long CreationTime, long LastAccessedTime, int MaxInactiveInterval, long Version, bool IsNew,
    ImmutableSortedDictionary<string, byte[]> Attributes)
{
    public static byte[] SerializeAll(IReadOnlyList<SessionSnapshot> snapshots)
    {
        var w = new PayloadWriter();
        w.WriteInt32(snapshots.Count);
        foreach (var s in snapshots)
        {
            w.WriteString(s.Id);
            w.WriteInt64(s.CreationTime);
            w.WriteInt64(s.LastAccessedTime);
            w.WriteInt32(s.MaxInactiveInterval);
            w.WriteInt64(s.Version);
            w.WriteBool(s.IsNew);
            w.WriteInt32(s.Attributes.Count);
            foreach (var (name, value) in s.Attributes)
            {
                w.WriteString(name);
                w.WriteBytes(value);
            }
        }

        return w.ToArray();
    }

    /// <summary>Never throws: a malformed block gives null.</summary>
    public static IReadOnlyList<SessionSnapshot>? TryDeserializeAll(ReadOnlyMemory<byte> data)
    {
        try
        {
            var r = new PayloadReader(data);
            var count = r.ReadCount(minItemSize: 33);
            var result = new List<SessionSnapshot>(count);
            for (var i = 0; i < count; i++)
            {
                var id = r.ReadRequiredString();
                var created = r.ReadInt64();
                var accessed = r.ReadInt64();
                var maxInactive = r.ReadInt32();
                var version = r.ReadInt64();
                var isNew = r.ReadBool();
                var attributes = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
                var n = r.ReadCount(minItemSize: 8);
                for (var j = 0; j < n; j++)
                    attributes[r.ReadRequiredString()] = r.ReadBytes();
                result.Add(new SessionSnapshot(id, created, accessed, maxInactive, version, isNew, attributes.ToImmutable()));
            }

            r.ExpectEnd();
            return result;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
