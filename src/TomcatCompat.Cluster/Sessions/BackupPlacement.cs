using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>Where a session lives, as map messages carry it: primary id, then a flag and the backup id.</summary>
internal readonly record struct BackupPlacement(UniqueId Primary, UniqueId? Backup)
{
    public void WriteTo(PayloadWriter w)
    {
        w.WriteInt64(unchecked((long)Primary.High));
        w.WriteInt64(unchecked((long)Primary.Low));
        w.WriteBool(Backup is not null);
        if (Backup is { } b)
        {
            w.WriteInt64(unchecked((long)b.High));
            w.WriteInt64(unchecked((long)b.Low));
        }
    }

    public static BackupPlacement ReadFrom(PayloadReader r)
    {
        var primary = new UniqueId(unchecked((ulong)r.ReadInt64()), unchecked((ulong)r.ReadInt64()));
        UniqueId? backup = r.ReadBool() ? new UniqueId(unchecked((ulong)r.ReadInt64()), unchecked((ulong)r.ReadInt64())) : null;
        return new BackupPlacement(primary, backup);
    }
}
