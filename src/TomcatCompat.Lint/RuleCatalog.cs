using System.Collections.Immutable;
using System.Reflection;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint;

/// <summary>Every lint rule in this assembly, and every code lint can report (front-end codes included).</summary>
public static class RuleCatalog
{
    /// <summary>
    /// Every rule, listed rather than discovered by reflection so the CLI can be published ahead-of-time;
    /// RuleCatalogTests checks that no ILintRule class is missing.
    /// </summary>
    private static readonly Lazy<ImmutableArray<ILintRule>> LazyRules = new(() =>
    [
        .. new ILintRule[]
        {
            // Httpd
            new Rules.Httpd.BalancerManagerSwallowed(),
            new Rules.Httpd.BalancerManagerUnrestricted(),
            new Rules.Httpd.BalancerRequestModuleMissing(),
            new Rules.Httpd.BalancerStartupModuleMissing(),
            new Rules.Httpd.DuplicateRoute(),
            new Rules.Httpd.IfVersionExact(),
            new Rules.Httpd.NoFailoverConsequences(),
            new Rules.Httpd.ProxyPassReverseMissing(),
            new Rules.Httpd.ProxyPassShadowed(),
            new Rules.Httpd.ProxyPassSlashMismatch(),
            new Rules.Httpd.RedirectToUnknownRoute(),
            new Rules.Httpd.RouteCookieWithoutRecipe(),
            // ModJk
            new Rules.ModJk.JkLbNoActiveMember(),
            new Rules.ModJk.JkRedirectToUnknownRoute(),
            // Tomcat
            new Rules.Tomcat.AsyncWithoutDispatcher(),
            new Rules.Tomcat.ClassMissingInVersion(),
            new Rules.Tomcat.DropTimeTooShort(),
            new Rules.Tomcat.DuplicatePort(),
            new Rules.Tomcat.EncryptionKeyLength(),
            new Rules.Tomcat.ExpireSessionsOnShutdown(),
            new Rules.Tomcat.GzipBelowEncrypt(),
            new Rules.Tomcat.JvmRouteWithDot(),
            new Rules.Tomcat.MembershipAddressNotMulticast(),
            new Rules.Tomcat.ReceiverAddressAuto(),
            new Rules.Tomcat.SendOptionsNotDelivered(),
            new Rules.Tomcat.SendOptionsWaitForAck(),
            new Rules.Tomcat.SessionTimeoutNeverExpires(),
            new Rules.Tomcat.SessionTimeoutVeryLong(),
            new Rules.Tomcat.StoreManagerInClusterRefused(),
            new Rules.Tomcat.WebXmlUnknownElement(),
            // CrossFile
            new Rules.CrossFile.AjpSecretMismatch(),
            new Rules.CrossFile.ClusterWithoutDistributable(),
            new Rules.CrossFile.DeltaManagerGroupTooLarge(),
            new Rules.CrossFile.DistributableWithoutCluster(),
            new Rules.CrossFile.MembersShareNode(),
            new Rules.CrossFile.NodePortClash(),
            new Rules.CrossFile.ReplicationWithNoFailover(),
            new Rules.CrossFile.RoutesWithoutStickySession(),
            new Rules.CrossFile.StickyMemberWithoutRoute(),
            new Rules.CrossFile.StickySessionCookieMismatch(),
            new Rules.CrossFile.StickyWithoutJvmRouteBinderValve(),
        }.OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal),
    ]);

    public static ImmutableArray<ILintRule> Rules => LazyRules.Value;

    /// <summary>Front-end codes and lint-rule codes, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors =>
        [.. ConfigDiagnostics.All.Concat(Rules.Select(r => r.Descriptor)).OrderBy(d => d.Code, StringComparer.Ordinal)];

    public static DiagnosticDescriptor? Find(string code) =>
        AllDescriptors.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The docs page of a code, embedded from docs/rules/CODE.md, or null.</summary>
    public static string? Page(string code)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"rules/{code.ToUpperInvariant()}.md");
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// What <c>explain CODE</c> prints: the embedded docs page, or for a known code without a page
    /// a short page built from its descriptor; null for an unknown code (the CLI exits 2).
    /// </summary>
    public static string? Explain(string code)
    {
        var trimmed = code.Trim();
        if (Page(trimmed) is { } page)
            return page;
        if (Find(trimmed) is not { } d)
            return null;
        return $"# {d.Code}: {d.Title}\n\nSeverity: **{d.DefaultSeverity.ToString().ToLowerInvariant()}**.\n\nMessage: {d.MessageFormat}\n";
    }

    /// <summary>Codes that have an embedded page (every docs/rules/TCnnnn.md).</summary>
    public static IEnumerable<string> PagedCodes =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/TC", StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^".md".Length]);
}
