using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>
/// One request on an AJP connection, seen by ASP.NET Core through its features: the request from a
/// FORWARD_REQUEST, the body through GET_BODY_CHUNK, the response as SEND_HEADERS, SEND_BODY_CHUNK
/// and END_RESPONSE. Used by one request at a time, on the connection's task.
/// </summary>
internal sealed partial class AjpExchange : IHttpRequestFeature, IHttpConnectionFeature, IHttpRequestLifetimeFeature, IAjpRequestFeature, IHttpRequestBodyDetectionFeature
{
    private readonly AjpPacketReader _reader;
    private readonly PipeWriter _output;
    private readonly int _packetSize;
    private readonly CancellationTokenSource _aborted;

    public AjpExchange(AjpForwardRequest request, AjpPacketReader reader, PipeWriter output, int packetSize, IPEndPoint? local, CancellationToken connectionClosed)
    {
        Request = request;
        _reader = reader;
        _output = output;
        _packetSize = packetSize;
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
        Method = request.Method;
        Protocol = request.Protocol;
        Scheme = request.IsSsl ? "https" : "http";
        var query = request.Attribute(AjpAttributeCode.QueryString);
        QueryString = string.IsNullOrEmpty(query) ? "" : "?" + query;
        RawTarget = request.RequestUri + QueryString;
        Path = PathString.FromUriComponent(request.RequestUri).Value ?? "/";
        foreach (var (name, value) in request.Headers)
            Headers.Append(name, value);
        _contentLength = Headers.ContentLength ?? (IsChunked(Headers) ? -1 : 0);
        RemoteIpAddress = IPAddress.TryParse(request.RemoteAddr, out var remote) ? remote : null;
        RemotePort = int.TryParse(request.RequestAttribute(AjpRequestAttributes.RemotePort), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 0;
        LocalIpAddress = IPAddress.TryParse(request.RequestAttribute(AjpRequestAttributes.LocalAddr), out var localAddress) ? localAddress : local?.Address;
        LocalPort = request.ServerPort;
        Body = new AjpRequestBodyStream(this);
        ResponseBody = new AjpResponseBodyStream(this);
    }

    public AjpForwardRequest Request { get; }

    public string? JvmRoute => Request.Attribute(AjpAttributeCode.JvmRoute);

    /// <summary>False once the connection cannot carry another request (a broken body, an abort, a failed write).</summary>
    public bool Reusable { get; private set; } = true;

    // IHttpRequestFeature
    public string Protocol { get; set; }
    public string Scheme { get; set; }
    public string Method { get; set; }
    public string PathBase { get; set; } = "";
    public string Path { get; set; }
    public string QueryString { get; set; }
    public string RawTarget { get; set; }
    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
    public Stream Body { get; set; }

    // IHttpRequestBodyDetectionFeature
    public bool CanHaveBody => _contentLength != 0;

    // IHttpConnectionFeature
    public string ConnectionId { get; set; } = "";
    public IPAddress? RemoteIpAddress { get; set; }
    public IPAddress? LocalIpAddress { get; set; }
    public int RemotePort { get; set; }
    public int LocalPort { get; set; }

    // IHttpRequestLifetimeFeature
    public CancellationToken RequestAborted
    {
        get => _aborted.Token;
        set { }
    }

    /// <summary>True after <see cref="Abort"/>: the connection closes without END_RESPONSE.</summary>
    public bool Aborted { get; private set; }

    public void Abort()
    {
        Aborted = true;
        Reusable = false;
        _aborted.Cancel();
    }

    /// <summary>The features ASP.NET Core needs for a request served over AJP.</summary>
    public FeatureCollection CreateFeatures()
    {
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(this);
        features.Set<IHttpResponseFeature>(_response);
        features.Set<IHttpResponseBodyFeature>(_responseBody ??= new StreamResponseBodyFeature(ResponseBody));
        features.Set<IHttpConnectionFeature>(this);
        features.Set<IHttpRequestLifetimeFeature>(this);
        features.Set<IHttpRequestBodyDetectionFeature>(this);
        features.Set<IAjpRequestFeature>(this);
        return features;
    }

    private static bool IsChunked(IHeaderDictionary headers) =>
        headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);
}
