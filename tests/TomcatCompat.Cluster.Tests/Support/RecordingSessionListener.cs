using TomcatCompat.Cluster.Sessions;

namespace TomcatCompat.Cluster.Tests.Support;

internal sealed class RecordingSessionListener : IDeltaSessionListener
{
    public List<string> Events { get; } = [];

    public void SessionCreated(DeltaSession session, bool replicated) => Events.Add($"created {(replicated ? "replica" : "local")}");

    public void SessionDestroyed(DeltaSession session, bool replicated) => Events.Add($"destroyed {(replicated ? "replica" : "local")}");

    public void AttributeChanged(DeltaSession session, string name, byte[]? value, bool replicated) =>
        Events.Add($"{name}={(value is null ? "(removed)" : System.Text.Encoding.UTF8.GetString(value))} {(replicated ? "replica" : "local")}");
}
