using System.Security.Claims;
using System.Security.Principal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

// Running the node's pipeline for one request, with the AJP attributes mapped as Tomcat maps them.
internal sealed partial class AjpConnection
{
    /// <summary>Servlet request attribute names Tomcat gives the SSL attributes (jakarta.servlet.request.*).</summary>
    public const string CipherSuiteItem = "jakarta.servlet.request.cipher_suite";
    public const string KeySizeItem = "jakarta.servlet.request.key_size";
    public const string SslSessionItem = "jakarta.servlet.request.ssl_session_id";
    public const string CertificateItem = "jakarta.servlet.request.X509Certificate";
    public const string SecureProtocolItem = "org.apache.tomcat.util.net.secure_protocol_version";

    private async Task RunApplicationAsync(AjpExchange exchange, CancellationToken ct)
    {
        await using var scope = listener.Services.CreateAsyncScope();
        var features = exchange.CreateFeatures();
        features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = scope.ServiceProvider });
        var http = new DefaultHttpContext(features);
        MapAttributes(exchange.Request, http);
        try
        {
            try
            {
                await listener.Application(http).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (exchange.HeadersTooLarge)
                    Log.HeadersTooLarge(listener.Logger, listener.Options.Name, listener.Options.PacketSize);
                else
                    Log.RequestFailed(listener.Logger, e, listener.Options.Name, exchange.Method, exchange.RawTarget);

                // After the headers went out nothing can be taken back: close without END_RESPONSE.
                if (exchange.Response.HasStarted)
                    exchange.Abort();
                else
                    exchange.Response.Reset(StatusCodes.Status500InternalServerError);
            }

            if (!exchange.Aborted)
                await exchange.EndAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            await exchange.Response.CompleteAsync().ConfigureAwait(false);
        }
    }

    private void MapAttributes(AjpForwardRequest request, HttpContext http)
    {
        string? user = null, authType = null;
        foreach (var a in request.Attributes)
        {
            switch (a.Code)
            {
                case AjpAttributeCode.RemoteUser:
                    user = a.Value;
                    break;
                case AjpAttributeCode.AuthType:
                    authType = a.Value;
                    break;
                case AjpAttributeCode.SslCipher:
                    http.Items[CipherSuiteItem] = a.Value;
                    break;
                case AjpAttributeCode.SslKeySize:
                    http.Items[KeySizeItem] = a.Value;
                    break;
                case AjpAttributeCode.SslSession:
                    http.Items[SslSessionItem] = a.Value;
                    break;
                case AjpAttributeCode.SslCert:
                    // Kept as the PEM text; not turned into Connection.ClientCertificate.
                    http.Items[CertificateItem] = a.Value;
                    listener.ReportOnce("ssl_cert");
                    break;
                case AjpAttributeCode.ReqAttribute when a.Name == AjpRequestAttributes.SslProtocol:
                    http.Items[SecureProtocolItem] = a.Value;
                    break;
                case AjpAttributeCode.ReqAttribute when a.Name is not (AjpRequestAttributes.LocalAddr or AjpRequestAttributes.RemotePort):
                    http.Items[a.Name!] = a.Value;
                    break;
            }
        }

        // Tomcat AJP Connector tomcatAuthentication (default true): only when false is the proxy's user trusted.
        if (!listener.Options.TomcatAuthentication && !string.IsNullOrEmpty(user))
            http.User = new ClaimsPrincipal(new GenericIdentity(user, authType ?? ""));
    }
}
