using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Bodies of BackupManager's map messages (docs/tribes-wire.md): placement, placement + one session
/// snapshot, or a list of placements (state transfer). Decoders never throw; malformed gives false.
/// </summary>
internal static class MapPayload
{
    public static byte[] Placement(BackupPlacement placement)
    {
        var w = new PayloadWriter(40);
        placement.WriteTo(w);
        return w.ToArray();
    }

    public static byte[] Backup(BackupPlacement placement, SessionSnapshot snapshot)
    {
        var w = new PayloadWriter();
        placement.WriteTo(w);
        w.WriteBytes(SessionSnapshot.SerializeAll([snapshot]));
        return w.ToArray();
    }

    public static byte[] State(IReadOnlyList<(string Id, BackupPlacement Placement, long Version)> entries)
    {
        var w = new PayloadWriter();
        w.WriteInt32(entries.Count);
        foreach (var (id, placement, version) in entries)
        {
            w.WriteString(id);
            w.WriteInt64(version);
            placement.WriteTo(w);
        }

        return w.ToArray();
    }

    public static bool TryReadPlacement(ReadOnlyMemory<byte> data, out BackupPlacement placement)
    {
        placement = default;
        try
        {
            var r = new PayloadReader(data);
            placement = BackupPlacement.ReadFrom(r);
            r.ExpectEnd();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool TryReadBackup(ReadOnlyMemory<byte> data, out BackupPlacement placement, out SessionSnapshot? snapshot)
    {
        placement = default;
        snapshot = null;
        try
        {
            var r = new PayloadReader(data);
            placement = BackupPlacement.ReadFrom(r);
            var block = r.ReadBytes();
            r.ExpectEnd();
            snapshot = SessionSnapshot.TryDeserializeAll(block) is [var one] ? one : null;
            return snapshot is not null;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static List<(string Id, BackupPlacement Placement, long Version)>? TryReadState(ReadOnlyMemory<byte> data)
    {
        try
        {
            var r = new PayloadReader(data);
            var count = r.ReadCount(minItemSize: 29);
            var result = new List<(string, BackupPlacement, long)>(count);
            for (var i = 0; i < count; i++)
            {
                var id = r.ReadRequiredString();
                var version = r.ReadInt64();
                result.Add((id, BackupPlacement.ReadFrom(r), version));
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
