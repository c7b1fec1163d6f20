namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>Why a frame was rejected. Errors up to <see cref="Oversized"/> lose the stream position, so the connection is closed.</summary>
internal enum FrameError
{
    None,
    Truncated,
    BadMagic,
    UnsupportedVersion,
    ReservedBitsSet,
    UnknownType,
    NegativeLength,
    Oversized,
    ChecksumMismatch,
    MalformedBody,
}
