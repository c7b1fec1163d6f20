namespace TomcatCompat.Cluster.Tribes;

/// <summary>A Tribes member: where its receiver listens, its identity and its domain (Tomcat: <c>MemberImpl</c>/<c>StaticMember</c>).</summary>
/// <param name="Host">Receiver address advertised to other members (Tomcat: <c>StaticMember@host</c>).</param>
/// <param name="Port">Receiver TCP port (Tomcat: <c>StaticMember@port</c>).</param>
/// <param name="Id">Identity (Tomcat: <c>StaticMember@uniqueId</c>).</param>
/// <param name="Domain">Logical domain (Tomcat: <c>StaticMember@domain</c>, default empty).</param>
internal sealed record Member(string Host, int Port, UniqueId Id, string Domain = "")
{
    public override string ToString() => $"tcp://{Host}:{Port} id={Id}";
}
