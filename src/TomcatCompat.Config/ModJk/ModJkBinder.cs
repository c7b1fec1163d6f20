using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// mod_jk: reads the workers file named by <c>JkWorkersFile</c> (or given directly), the
/// <c>JkMountFile</c>/uriworkermap files, and the Jk* directives of an httpd config.
/// </summary>
public static class ModJkBinder
{
    /// <summary>PLACEHOLDER: replaced by the mod_jk front end.</summary>
    /// <param name="httpd">The httpd config carrying Jk* directives, if any.</param>
    /// <param name="workersFiles">workers.properties files given directly on the command line.</param>
    /// <param name="uriWorkerMapFiles">uriworkermap.properties files given directly.</param>
    public static ProxyTopology Bind(
        HttpdConfig? httpd,
        IReadOnlyList<string> workersFiles,
        IReadOnlyList<string> uriWorkerMapFiles,
        SourceReader reader,
        DiagnosticBag diagnostics) => ProxyTopology.Empty;
}
