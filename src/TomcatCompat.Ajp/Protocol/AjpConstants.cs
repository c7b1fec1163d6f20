namespace TomcatCompat.Ajp.Protocol;

/// <summary>Sizes and magic numbers of AJP/1.3 packets (Tomcat "AJPv13" protocol reference, "Packet Format").</summary>
public static class AjpConstants
{
    /// <summary>Magic of packets sent by the web server (httpd) to the container: 0x12 0x34.</summary>
    public const ushort ToContainerMagic = 0x1234;

    /// <summary>Magic of packets sent by the container to the web server: 'A' 'B'.</summary>
    public const ushort ToServerMagic = 0x4142;

    /// <summary>Magic (2) + payload length (2).</summary>
    public const int HeaderLength = 4;

    /// <summary>Tomcat AJP Connector <c>packetSize</c> default, and mod_jk <c>max_packet_size</c> default: 8192 bytes.</summary>
    public const int DefaultPacketSize = 8192;

    /// <summary>Largest <c>packetSize</c> Tomcat accepts: 65536 bytes.</summary>
    public const int MaxPacketSize = 65536;

    /// <summary>A string length of 0xFFFF encodes a null string (no bytes, no terminator follow).</summary>
    public const ushort NullStringLength = 0xFFFF;

    /// <summary>Attribute list terminator (<c>are_done</c>).</summary>
    public const byte AttributesDone = 0xFF;

    /// <summary>Method byte meaning "the method name is in the stored_method (0x0D) attribute".</summary>
    public const byte StoredMethodCode = 0xFF;

    /// <summary>First byte of a coded header name (0xA0nn).</summary>
    public const byte CodedHeaderMarker = 0xA0;

    /// <summary>Most response body bytes in one SEND_BODY_CHUNK: header 4, prefix 1, length 2, trailing NUL 1.</summary>
    public static int MaxSendBodyChunk(int packetSize) => packetSize - 8;

    /// <summary>Most request body bytes in one server→container data packet: header 4, length 2.</summary>
    public static int MaxRequestBodyChunk(int packetSize) => packetSize - 6;

    /// <summary>
    /// Tomcat's rule for the <c>packetSize</c> attribute: values below 8192 are raised to 8192, values
    /// above 65536 are capped (tomcat-cluster.md §16.3, AJP-only attributes).
    /// </summary>
    public static int NormalizePacketSize(int packetSize) => Math.Clamp(packetSize, DefaultPacketSize, MaxPacketSize);
}
