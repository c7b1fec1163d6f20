namespace TomcatCompat.Cluster.Tribes;

/// <summary>
/// One message travelling through the interceptor stack. Interceptors replace the payload or the
/// options with <c>with</c> (Gzip, Encrypt) instead of mutating a shared buffer.
/// </summary>
/// <param name="Sender">The member that sent it (the local member on the way down).</param>
/// <param name="MessageId">Per-sender sequence number, echoed in acknowledgements.</param>
/// <param name="Options">Send options of this message.</param>
/// <param name="Payload">Application bytes.</param>
internal sealed record ChannelMessage(Member Sender, long MessageId, SendOptions Options, ReadOnlyMemory<byte> Payload);
