using System.Collections.Immutable;
using System.Reflection;

namespace TomcatCompat.Config.Diagnostics;

/// <summary>
/// The catalog of every code the config front ends and binders emit. One partial file per area
/// (ConfigDiagnostics.Files.cs, .Httpd.cs, .ModJk.cs, .Tomcat.cs, .Binding.cs); each area owns
/// its own code range:
/// TC1000–1099 reading files; TC1100–1299 httpd syntax/preprocessing; TC1300–1399 mod_jk syntax;
/// TC1400–1499 XML syntax; TC2000–2199 httpd meaning; TC2200–2399 mod_jk meaning;
/// TC2400–2599 server.xml/context.xml meaning; TC2600–2699 web.xml meaning; TC3000–3099 binding
/// across files; TC4000–4099 httpd unsupported; TC4100–4199 mod_jk unsupported;
/// TC4200–4299 Tomcat unsupported. TC4300–4399 belongs to the Cluster project (ClusterDiagnostics),
/// TC4400–4499 to the Balancer (BalancerDiagnostics) and TC4500–4599 to the Node project.
/// </summary>
public static partial class ConfigDiagnostics
{
    // Lazy: field initializers of the other partial files may run after this one.
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> Catalog = new(() =>
    [
        .. typeof(ConfigDiagnostics)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);

    /// <summary>Every descriptor declared in the catalog, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Catalog.Value;
}
