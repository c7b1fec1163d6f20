using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>A mount whose worker may still change (ProxySet later in the file) and whose final order is not known yet.</summary>
/// <param name="Group">0 = inside &lt;Location&gt;, 1 = main server, 2 = virtual host (httpd-proxy.md §2.3).</param>
/// <param name="Sequence">Position in the config, across all files.</param>
internal sealed record PendingMount(Mount Mount, WorkerSettings? Worker, int Group, int Sequence);
