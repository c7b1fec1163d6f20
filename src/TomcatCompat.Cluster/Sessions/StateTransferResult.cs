namespace TomcatCompat.Cluster.Sessions;

/// <summary>How a starting <see cref="DeltaManager"/>'s GET_ALL_SESSIONS ended (the log lines of §5.2).</summary>
internal enum StateTransferResult
{
    /// <summary>"skipping state transfer. No members active in cluster group."</summary>
    Skipped,

    /// <summary>"session state … received in [n] ms."</summary>
    Received,

    /// <summary>"No session state … received, timing out after [n] ms."</summary>
    TimedOut,

    /// <summary>The asked node has no manager of this name: nothing was transferred.</summary>
    NoContextManager,

    /// <summary><c>stateTransferTimeout</c> is 0 or below -1: the request was sent but not waited for.</summary>
    NotWaited,
}
