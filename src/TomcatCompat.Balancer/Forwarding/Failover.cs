using Yarp.ReverseProxy.Forwarder;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>Classifies YARP forwarding errors into httpd's failover cases (§3.6).</summary>
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
        }

        return error.Error == ForwarderError.RequestTimedOut ? FailureKind.Timeout : FailureKind.Other;
    }
}
