using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Node.Local;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// The topology <c>run</c> serves, the same at start and at a SIGHUP reload: the configs as imported,
/// under <c>--local</c> remapped to loopback, and <c>ajp://</c> members of nodes whose AJP connector is
/// not opened sent to their HTTP connector.
/// </summary>
internal static class RunTopology
{
    public static Topology Load(RunSettings settings, TextWriter notices)
    {
        var topology = TopologyBuilder.Build(settings.Input.ToRequest(), PhysicalFileSystem.Instance);
        if (settings.Local)
            topology = Localize(topology, settings.PortOffset ?? LocalRemap.DefaultPortOffset, notices);
        var (fallback, moved) = AjpMemberFallback.Apply(topology);
        if (moved.Length > 0)
        {
            notices.WriteLine("notice: the AJP connector of the node these ajp:// members point at is not opened (see TC4506/TC4500), so they are forwarded to its HTTP connector: " +
                string.Join(", ", moved.Select(m => m.From + " -> " + m.To)));
        }

        return fallback;
    }

    private static Topology Localize(Topology topology, int portOffset, TextWriter notices)
    {
        var result = LocalRemap.Apply(topology, portOffset);
        foreach (var (from, to) in result.Addresses)
            notices.WriteLine($"local: {from} -> {to}");
        if (result.StaticMembershipNodes.Length > 0)
        {
            notices.WriteLine($"local: multicast membership of {string.Join(", ", result.StaticMembershipNodes)} runs as static membership of the local nodes (no multicast is sent)");
        }

        return result.Topology;
    }
}
