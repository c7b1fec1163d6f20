namespace TomcatCompat.Cluster.Tribes;

/// <summary>Why a member disappeared: TcpFailureDetector verifies every reason except a clean shutdown.</summary>
internal enum MemberLeaveReason
{
    /// <summary>Not heard from for longer than the membership's expiration time.</summary>
    Expired,

    /// <summary>The member announced its own shutdown.</summary>
    Shutdown,

    /// <summary>Sending to the member failed and a TCP check confirmed it is gone.</summary>
    Unreachable,
}
