namespace TomcatCompat.Cluster.Sessions;

/// <summary>One recorded change: set or remove (Tomcat: <c>ACTION_SET</c>/<c>ACTION_REMOVE</c>) of a named value.</summary>
/// <param name="Value">Set: the new value as bytes (attributes travel serialized); remove: null.</param>
internal sealed record DeltaAction(DeltaActionType Type, bool Remove, string Name, byte[]? Value);
