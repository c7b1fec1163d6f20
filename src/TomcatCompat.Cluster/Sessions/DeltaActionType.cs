namespace TomcatCompat.Cluster.Sessions;

/// <summary>What a recorded change touches (Tomcat: <c>DeltaRequest.TYPE_*</c>, same numbers).</summary>
internal enum DeltaActionType : byte
{
    Attribute = 0,
    Principal = 1,
    IsNew = 2,
    MaxInactiveInterval = 3,
    AuthType = 4,
}
