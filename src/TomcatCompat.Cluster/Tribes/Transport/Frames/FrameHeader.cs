namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>The fixed 44-byte header that precedes every frame body (docs/tribes-wire.md).</summary>
internal readonly record struct FrameHeader(
    byte Version, FrameType Type, SendOptions Options, UniqueId Sender, long MessageId, int BodyLength, uint Checksum)
{
    public const int Size = 44;
    public const byte CurrentVersion = 1;

    /// <summary>"TCTB": TomcatCompat Tribes.</summary>
    public static ReadOnlySpan<byte> Magic => "TCTB"u8;
}
