namespace TomcatCompat.Ajp.Protocol;

/// <summary>Why bytes from the network are not a valid AJP/1.3 packet or message. Never thrown: returned.</summary>
public enum AjpDecodeError
{
    None,

    /// <summary>The header's magic is neither the expected 0x1234 nor 'AB' for this direction.</summary>
    BadMagic,

    /// <summary>The header announces more than <c>packetSize</c> − 4 payload bytes.</summary>
    Oversized,

    /// <summary>A field runs past the end of the payload, or the stream ended inside a packet.</summary>
    Truncated,

    /// <summary>A string is not followed by its NUL terminator.</summary>
    StringNotTerminated,

    /// <summary>The prefix code is not a message this side understands here.</summary>
    UnexpectedMessageType,

    /// <summary>A method byte outside the table (and not 0xFF), or 0xFF without a stored_method attribute.</summary>
    UnknownMethod,

    /// <summary>A header name coded 0xA0nn with nn outside the table.</summary>
    UnknownHeaderCode,

    /// <summary>An attribute code outside 0x01–0x0D and 0xFF: its length is unknown, so decoding cannot continue.</summary>
    UnknownAttribute,

    /// <summary>A body chunk whose inner length disagrees with the packet length.</summary>
    BadChunkLength,
}
