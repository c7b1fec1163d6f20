using Microsoft.Extensions.Logging;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>Run-time events of the AJP listener (event ids 7000–7099).</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Information, "{Connector}: listening on {Endpoint}")]
    public static partial void Listening(ILogger logger, string connector, string endpoint);

    [LoggerMessage(7001, LogLevel.Warning, "{Connector}: closing connection from {Remote}: {Error} in an AJP packet")]
    public static partial void BadPacket(ILogger logger, string connector, string remote, AjpDecodeError error);

    [LoggerMessage(7002, LogLevel.Warning, "{Connector}: request from {Remote} refused with 403: the AJP secret does not match the connector's secret")]
    public static partial void SecretMismatch(ILogger logger, string connector, string remote);

    [LoggerMessage(7003, LogLevel.Warning, "{Connector}: request from {Remote} refused with 403: request attribute \"{Name}\" is not known and does not match allowedRequestAttributesPattern")]
    public static partial void AttributeRefused(ILogger logger, string connector, string remote, string name);

    [LoggerMessage(7004, LogLevel.Warning, "{Connector}: closing connection from {Remote}: unexpected AJP message type {Type}")]
    public static partial void UnexpectedMessage(ILogger logger, string connector, string remote, int type);

    [LoggerMessage(7005, LogLevel.Error, "{Connector}: the request {Method} {Uri} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string connector, string method, string uri);

    [LoggerMessage(7006, LogLevel.Warning, "{Connector}: response headers do not fit in one AJP packet of {PacketSize} bytes (packetSize); closing the connection")]
    public static partial void HeadersTooLarge(ILogger logger, string connector, int packetSize);

    [LoggerMessage(7007, LogLevel.Information, "{Connector}: AJP attribute {Attribute} received but not reproduced (reported once)")]
    public static partial void AttributeNotReproduced(ILogger logger, string connector, string attribute);
}
