using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>A decoded frame, or the reason it was rejected.</summary>
internal readonly record struct FrameReadResult(TribesFrame? Frame, FrameError Error)
{
    public static FrameReadResult Fail(FrameError error) => new(null, error);
}
