using TomcatCompat.Ajp.Client;
using Yarp.ReverseProxy.Forwarder;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// Classifies YARP forwarding errors into httpd's failover cases (§3.6). AJP failures carry the status
/// mod_proxy_ajp's handler returns: 503 is treated as a failed connection (error state, failover).
/// </summary>
internal static class Failover
{
    public static FailureKind Classify(IForwarderErrorFeature? error, bool responseStarted)
    {
        if (error is null || error.Error == ForwarderError.None)
        {
            return FailureKind.None;
        }

        if (responseStarted)
        {
            return FailureKind.AfterStart;
        }

        for (var e = error.Exception; e is not null; e = e.InnerException)
        {
            if (e is BackendConnectException)
            {
                return FailureKind.Connect;
            }

            if (e is AjpBackendException ajp)
            {
                return ajp.Failure switch
                {
                    AjpFailure.Unavailable => FailureKind.Connect,
                    AjpFailure.Internal => FailureKind.Fatal,
                    AjpFailure.GatewayTimeout => FailureKind.GatewayTimeout,
                    AjpFailure.BadRequest => FailureKind.BadRequest,
                    _ => FailureKind.Other,
                };
            }
        }

        return error.Error == ForwarderError.RequestTimedOut ? FailureKind.Timeout : FailureKind.Other;
    }
}
