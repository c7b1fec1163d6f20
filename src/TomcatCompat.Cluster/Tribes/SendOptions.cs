namespace TomcatCompat.Cluster.Tribes;

/// <summary>Per-message flags, with the bit values of Tomcat's <c>org.apache.catalina.tribes.Channel</c> (§3.1).</summary>
[Flags]
internal enum SendOptions
{
    None = 0,

    /// <summary>Tomcat: <c>SEND_OPTIONS_BYTE_MESSAGE</c> (1); payloads here are always bytes, so it has no effect.</summary>
    ByteMessage = 0x0001,

    /// <summary>Tomcat: <c>SEND_OPTIONS_USE_ACK</c> (2): the receiver acknowledges once it has read the message.</summary>
    UseAck = 0x0002,

    /// <summary>Tomcat: <c>SEND_OPTIONS_SYNCHRONIZED_ACK</c> (4): the acknowledgement waits until the message was processed.</summary>
    SynchronizedAck = 0x0004,

    /// <summary>Tomcat: <c>SEND_OPTIONS_ASYNCHRONOUS</c> (8): queued by MessageDispatchInterceptor when it is in the stack.</summary>
    Asynchronous = 0x0008,

    /// <summary>Tomcat: <c>SEND_OPTIONS_SECURE</c> (16); not implemented in Tomcat either.</summary>
    Secure = 0x0010,

    /// <summary>Tomcat: <c>SEND_OPTIONS_UDP</c> (32); not emulated (sent over TCP).</summary>
    Udp = 0x0020,

    /// <summary>Tomcat: <c>SEND_OPTIONS_MULTICAST</c> (64); not emulated (sent over TCP).</summary>
    Multicast = 0x0040,

    /// <summary>GzipInterceptor's marker bit (256) for a compressed payload (Tomcat 9.0+).</summary>
    Compressed = 0x0100,
}
