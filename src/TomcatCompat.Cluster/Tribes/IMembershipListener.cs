namespace TomcatCompat.Cluster.Tribes;

/// <summary>Receives membership events (Tomcat: <c>MembershipListener</c>).</summary>
internal interface IMembershipListener
{
    void MemberAdded(Member member);

    void MemberDisappeared(Member member, MemberLeaveReason reason);
}
