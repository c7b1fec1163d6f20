using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// Collects mod_jk's httpd directives (httpd-proxy.md §7.3) from an evaluated tree: JkWorkersFile,
/// JkWorkerProperty, JkMount/JkUnMount (per server, or per &lt;Location&gt; without a path),
/// JkMountFile, JkMountCopy and JkOptions; the rest are reported as not reproduced (TC4107).
/// </summary>
internal static class JkDirectives
{
    /// <summary>JkOptions flags mod_jk 1.2.48 accepts; ForwardURIProxy is its default.</summary>
    public static FrozenSet<string> Options { get; } = new[]
    {
        "ForwardURICompat", "ForwardURICompatUnparsed", "ForwardURIEscaped", "ForwardURIProxy", "ForwardDirectories",
        "ForwardLocalAddress", "ForwardPhysicalAddress", "FlushPackets", "FlushHeader", "DisableReuse",
        "ForwardSSLCertChain", "ForwardKeySize", "RejectUnsafeURI", "CollapseSlashesAll", "CollapseSlashesNone",
        "CollapseSlashesUnmount",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Directives that are read but change nothing the emulator reproduces.</summary>
    private static readonly FrozenSet<string> NotReproduced = new[]
    {
        "JkLogFile", "JkLogLevel", "JkLogStampFormat", "JkRequestLogFormat", "JkShmFile", "JkShmSize",
        "JkWatchdogInterval", "JkMountFileReload", "JkAutoAlias", "JkEnvVar", "JkStripSession", "JkWorkerIndicator",
        "JkExtractSSL", "JkHTTPSIndicator", "JkCERTSIndicator", "JkCIPHERIndicator", "JkCERTCHAINPrefix",
        "JkSESSIONIndicator", "JkKEYSIZEIndicator", "JkSSLPROTOCOLIndicator", "JkLocalNameIndicator",
        "JkLocalPortIndicator", "JkLocalAddrIndicator", "JkRemoteAddrIndicator", "JkRemoteHostIndicator",
        "JkRemotePortIndicator", "JkRemoteUserIndicator", "JkAuthTypeIndicator", "JkIgnoreCLIndicator",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static JkDirectiveSet Collect(ImmutableArray<HttpdNode> nodes, DiagnosticBag diagnostics)
    {
        var set = new JkDirectiveSet();
        var main = new JkScope("main", SourceSpan.None("main"));
        set.Scopes.Add(main);
        Walk(nodes, main, location: null, set, diagnostics);
        return set;
    }

    private static void Walk(ImmutableArray<HttpdNode> nodes, JkScope scope, string? location, JkDirectiveSet set, DiagnosticBag d)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case SectionNode { Name: var n } vhost when n.Equals("VirtualHost", StringComparison.OrdinalIgnoreCase):
                    var inner = new JkScope($"vhost:{vhost.Span.File}:{vhost.Span.Line}", vhost.Span);
                    set.Scopes.Add(inner);
                    Walk(vhost.Children, inner, location: null, set, d);
                    break;
                case SectionNode section:
                    Walk(section.Children, scope, section.Args.IsDefaultOrEmpty ? location : section.Args[0], set, d);
                    break;
                case DirectiveNode directive:
                    Directive(directive, scope, location, set, d);
                    break;
            }
        }
    }

    private static void Directive(DirectiveNode node, JkScope scope, string? location, JkDirectiveSet set, DiagnosticBag d)
    {
        var name = node.Name;
        if (!name.StartsWith("Jk", StringComparison.OrdinalIgnoreCase))
            return;
        set.FirstSpan ??= node.Span;
        var args = node.Args.IsDefault ? [] : node.Args;
        switch (name.ToLowerInvariant())
        {
            case "jkworkersfile" when args.Length == 1:
                set.WorkersFiles.Add((args[0], node.Span));
                break;
            case "jkworkerproperty":
                var line = args.Length == 1 ? PropertiesLexer.LexLine(args[0], node.Span, new DiagnosticBag()) : null;
                if (line is null || !line.Key.StartsWith("worker.", StringComparison.Ordinal))
                    d.Add(ConfigDiagnostics.JkBadWorkerProperty, node.Span, PropertiesLexer.Shorten(node.RawArgs));
                else
                    set.WorkerProperties.Add(line with { Span = node.Span });
                break;
            case "jkmount":
                Mount(node, args, MountKind.JkMount, "JkMount", scope, location, set, d);
                break;
            case "jkunmount":
                Mount(node, args, MountKind.JkUnMount, "JkUnMount", scope, location, set, d);
                break;
            case "jkmountfile" when args.Length == 1:
                scope.MountFiles.Add((args[0], node.Span));
                break;
            case "jkworkersfile" or "jkmountfile":
                d.Add(ConfigDiagnostics.JkBadFlag, node.Span, name, node.RawArgs, "exactly one file path");
                break;
            case "jkmountcopy":
                MountCopy(node, args, scope, set, d);
                break;
            case "jkoptions":
                JkOptions(node, args, d);
                break;
            default:
                if (NotReproduced.Contains(name))
                    d.Add(ConfigDiagnostics.JkDirectiveUnsupported, node.Span, name);
                break;
        }
    }

    private static void Mount(
        DirectiveNode node, IReadOnlyList<string> args, MountKind kind, string name, JkScope scope, string? location, JkDirectiveSet set, DiagnosticBag d)
    {
        // mod_jk: two arguments outside a per-directory section, one (the worker) inside it.
        string path, worker;
        if (args.Count == 2 && location is null)
            (path, worker) = (args[0], args[1]);
        else if (args.Count == 1 && location is not null)
            (path, worker) = (location, args[0]);
        else
        {
            d.Add(ConfigDiagnostics.JkMountArguments, node.Span, name, PropertiesLexer.Shorten(node.RawArgs));
            return;
        }

        if (!path.StartsWith('/'))
        {
            d.Add(ConfigDiagnostics.JkMountPathNotSlash, node.Span, name, path);
            return;
        }

        JkRuleText.Add(
            set.Rules, scope.Id, kind, JkRuleSource.JkMount, path, worker, exclude: kind == MountKind.JkUnMount, node.Span, d,
            inLocation: location is not null);
    }

    private static void MountCopy(DirectiveNode node, IReadOnlyList<string> args, JkScope scope, JkDirectiveSet set, DiagnosticBag d)
    {
        var value = args.Count == 1 ? args[0].ToLowerInvariant() : "";
        switch (value)
        {
            case "all":
                if (scope.IsMain)
                    set.MountCopyAll = true;
                else
                    scope.MountCopy = true;
                break;
            case "on":
                scope.MountCopy = true;
                break;
            case "off":
                scope.MountCopy = false;
                break;
            default:
                d.Add(ConfigDiagnostics.JkBadFlag, node.Span, "JkMountCopy", node.RawArgs, "All, On or Off");
                break;
        }
    }

    private static void JkOptions(DirectiveNode node, IReadOnlyList<string> args, DiagnosticBag d)
    {
        foreach (var arg in args)
        {
            var option = arg.TrimStart('+', '-');
            if (!Options.Contains(option))
                d.Add(ConfigDiagnostics.JkUnknownOption, node.Span, arg);
            else if (!(option.Equals("ForwardURIProxy", StringComparison.OrdinalIgnoreCase) && !arg.StartsWith('-')))
                d.Add(ConfigDiagnostics.JkOptionUnsupported, node.Span, arg);
        }
    }
}
