using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>Binary form of <see cref="SessionMessage"/> inside a data frame (docs/tribes-wire.md).</summary>
internal static class SessionMessageCodec
{
    private const byte FormatVersion = 1;

    public static byte[] Encode(SessionMessage message)
    {
        var w = new PayloadWriter(64 + message.Payload.Length);
        w.WriteByte(FormatVersion);
        w.WriteByte((byte)message.Kind);
        w.WriteString(message.ContextName);
        w.WriteString(message.SessionId);
        w.WriteInt64(message.Version);
        w.WriteInt64(message.Timestamp);
        w.WriteBytes(message.Payload);
        return w.ToArray();
    }

    /// <summary>Never throws: anything malformed gives null.</summary>
    public static SessionMessage? TryDecode(ReadOnlyMemory<byte> data)
    {
        try
        {
            var r = new PayloadReader(data);
            if (r.ReadByte() != FormatVersion)
                return null;
            var kind = (SessionMessageKind)r.ReadByte();
            if (!Enum.IsDefined(kind))
                return null;
            var message = new SessionMessage(kind, r.ReadRequiredString(), r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadBytes());
            r.ExpectEnd();
            return message;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
