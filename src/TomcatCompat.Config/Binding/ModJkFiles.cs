using System.Collections.Immutable;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>The files an httpd config hands to mod_jk itself: <c>JkWorkersFile</c> and <c>JkMountFile</c> (ServerRoot-relative).</summary>
internal static class ModJkFiles
{
    public static HashSet<string> NamedBy(HttpdConfig httpd)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        Collect(httpd.Nodes, httpd.ServerRoot, named, depth: 0);
        return named;
    }

    private static void Collect(ImmutableArray<HttpdNode> nodes, string serverRoot, HashSet<string> named, int depth)
    {
        foreach (var node in nodes)
        {
            if (node is DirectiveNode d && d.Args.Length == 1
                && (d.Name.Equals("JkWorkersFile", StringComparison.OrdinalIgnoreCase) || d.Name.Equals("JkMountFile", StringComparison.OrdinalIgnoreCase)))
                named.Add(PathText.Combine(serverRoot, d.Args[0]));
            else if (node is SectionNode s && depth < 2 && s.Name.Equals("VirtualHost", StringComparison.OrdinalIgnoreCase))
                Collect(s.Children, serverRoot, named, depth + 1);
        }
    }
}
