using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;

namespace TomcatCompat.Ajp.Protocol;

// Encoding and decoding of FORWARD_REQUEST (Tomcat "AJPv13" reference, "Request Packet Structure").
public sealed partial record AjpForwardRequest
{
    /// <summary>Writes the whole packet (header included); false when it does not fit in <paramref name="destination"/>.</summary>
    public bool TryEncode(Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToContainer);
        w.WriteByte((byte)AjpMessageType.ForwardRequest);
        var methodCode = AjpTables.Methods.CodeOf(Method);
        w.WriteByte(methodCode != 0 ? methodCode : AjpConstants.StoredMethodCode);
        w.WriteString(Protocol);
        w.WriteString(RequestUri);
        w.WriteString(RemoteAddr);
        w.WriteString(RemoteHost);
        w.WriteString(ServerName);
        w.WriteInt(ServerPort);
        w.WriteBool(IsSsl);
        w.WriteHeaders(AjpTables.RequestHeaders, Headers);

        foreach (var a in Attributes)
            WriteAttribute(ref w, a);
        if (methodCode == 0)
            WriteAttribute(ref w, new AjpAttribute(AjpAttributeCode.StoredMethod, Method));
        w.WriteByte(AjpConstants.AttributesDone);
        return w.TryFinish(out bytesWritten);
    }

    /// <summary>Encodes into <paramref name="writer"/> (at most <paramref name="packetSize"/> bytes); false when too big.</summary>
    public bool TryEncode(IBufferWriter<byte> writer, int packetSize)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!TryEncode(writer.GetSpan(packetSize)[..packetSize], out var written))
            return false;
        writer.Advance(written);
        return true;
    }

    /// <summary>Decodes a payload (prefix byte included). Never throws; allocation is bounded by the payload's size.</summary>
    public static AjpDecodeError TryDecode(ReadOnlySpan<byte> payload, out AjpForwardRequest? request)
    {
        request = null;
        var r = new AjpSpanReader(payload);
        if (!r.TryReadByte(out var prefix))
            return r.Error;
        if (prefix != (byte)AjpMessageType.ForwardRequest)
            return AjpDecodeError.UnexpectedMessageType;
        if (!r.TryReadByte(out var methodCode) || !r.TryReadString(out var protocol) || !r.TryReadString(out var uri) ||
            !r.TryReadString(out var remoteAddr) || !r.TryReadString(out var remoteHost) || !r.TryReadString(out var serverName) ||
            !r.TryReadInt(out var serverPort) || !r.TryReadBool(out var isSsl) || !r.TryReadHeaders(AjpTables.RequestHeaders, out var headers))
            return r.Error;
        var attributes = ImmutableArray.CreateBuilder<AjpAttribute>();
        string? storedMethod = null;
        while (true)
        {
            if (!r.TryReadByte(out var code))
                return r.Error;
            if (code == AjpConstants.AttributesDone)
                break;
            if (!TryReadAttribute(ref r, code, out var attribute))
                return r.Error;
            if (attribute.Code == AjpAttributeCode.StoredMethod)
                storedMethod = attribute.Value;
            else
                attributes.Add(attribute);
        }

        var method = methodCode == AjpConstants.StoredMethodCode ? storedMethod : AjpTables.Methods.NameOf(methodCode);
        if (string.IsNullOrEmpty(method) || protocol is null || uri is null)
            return method is null or "" ? AjpDecodeError.UnknownMethod : AjpDecodeError.Truncated;

        request = new AjpForwardRequest
        {
            Method = method,
            Protocol = protocol,
            RequestUri = uri,
            RemoteAddr = remoteAddr,
            RemoteHost = remoteHost,
            ServerName = serverName,
            ServerPort = serverPort,
            IsSsl = isSsl,
            Headers = headers,
            Attributes = attributes.ToImmutable(),
        };
        return AjpDecodeError.None;
    }

    private static void WriteAttribute(ref AjpSpanWriter w, AjpAttribute a)
    {
        w.WriteByte((byte)a.Code);
        if (a.Code == AjpAttributeCode.ReqAttribute)
            w.WriteString(a.Name);
        if (a.Code == AjpAttributeCode.SslKeySize)
            w.WriteInt(int.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0);
        else
            w.WriteString(a.Value);
    }

    private static bool TryReadAttribute(ref AjpSpanReader r, byte code, out AjpAttribute attribute)
    {
        attribute = default;
        var c = (AjpAttributeCode)code;
        if (code is < (byte)AjpAttributeCode.Context or > (byte)AjpAttributeCode.StoredMethod)
            return r.Fail(AjpDecodeError.UnknownAttribute);
        if (c == AjpAttributeCode.SslKeySize)
        {
            if (!r.TryReadInt(out var size))
                return false;
            attribute = new AjpAttribute(c, size.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        string? name = null;
        if (c == AjpAttributeCode.ReqAttribute && !r.TryReadString(out name))
            return false;
        if (!r.TryReadString(out var value))
            return false;
        attribute = new AjpAttribute(c, value, name);
        return true;
    }
}
