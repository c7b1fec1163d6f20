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

    /// <summary>A large frame from a sender that is not a member: refused before its body is read.</summary>
    NotAdmitted,
    ChecksumMismatch,
    MalformedBody,
}
