namespace TomcatCompat.Cluster.Tribes;

/// <summary>A member a send failed for, and why.</summary>
/// <param name="TimedOut">True when the send hit <c>Transport@timeout</c> (Tomcat does not retry those).</param>
internal sealed record FaultyMember(Member Member, string Reason, bool TimedOut);
