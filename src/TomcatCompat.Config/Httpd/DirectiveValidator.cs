using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// The walk-time checks httpd's invoke_cmd and ap_check_cmd_context make on every directive of the
/// evaluated tree: known at all (with the modules loaded by the end of reading), allowed in this
/// context, right number of arguments for fixed-arity kinds, FLAG values On/Off.
/// RAW_ARGS and TAKE_ARGV directives parse their own arguments; binders check those.
/// </summary>
internal static class DirectiveValidator
{
    // Read-time directives run before any section exists, so httpd never checks their context.
    private static readonly FrozenSet<string> ReadTime = new[]
    {
        "Include", "IncludeOptional", "Define", "UnDefine", "ServerRoot", "DefaultRuntimeDir", "LoadModule",
        "LoadFile", "Use", "UndefMacro",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DirectorySections = new[]
    {
        "Directory", "DirectoryMatch", "Location", "LocationMatch", "Files", "FilesMatch", "Proxy", "ProxyMatch",
        "If", "ElseIf", "Else", "Limit", "LimitExcept", "RequireAll", "RequireAny", "RequireNone",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Which NOT_IN_* restriction (ap_check_cmd_context) an enclosing section triggers.</summary>
    private static readonly FrozenDictionary<string, DirectiveRestrictions> SectionRestriction = new Dictionary<string, DirectiveRestrictions>
    {
        ["Directory"] = DirectiveRestrictions.NotInDirectory,
        ["DirectoryMatch"] = DirectiveRestrictions.NotInDirectory,
        ["Location"] = DirectiveRestrictions.NotInLocation,
        ["LocationMatch"] = DirectiveRestrictions.NotInLocation,
        ["Files"] = DirectiveRestrictions.NotInFiles,
        ["FilesMatch"] = DirectiveRestrictions.NotInFiles,
        ["If"] = DirectiveRestrictions.NotInFiles,
        ["ElseIf"] = DirectiveRestrictions.NotInFiles,
        ["Else"] = DirectiveRestrictions.NotInFiles,
        ["Proxy"] = DirectiveRestrictions.NotInProxy,
        ["ProxyMatch"] = DirectiveRestrictions.NotInProxy,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static void Validate(HttpdConfig config, IReadOnlyList<string> unknownModules, DiagnosticBag diagnostics)
    {
        var walker = new Walker(config.LoadedModules.ToFrozenSet(StringComparer.Ordinal), unknownModules, diagnostics);
        walker.Walk(config.Nodes, new Context(null, false, false, false, [], Checked: true));
    }

    private sealed record Context(string? Parent, bool InVirtualHost, bool InDirectory, bool InLimit, ImmutableArray<string> Sections, bool Checked);

    private sealed class Walker(FrozenSet<string> loaded, IReadOnlyList<string> unknownModules, DiagnosticBag diagnostics)
    {
        public void Walk(ImmutableArray<HttpdNode> nodes, Context context)
        {
            foreach (var node in nodes)
            {
                var key = node is SectionNode ? "<" + node.Name : node.Name;
                var info = DirectiveTable.Find(key);
                var provided = info is not null && AnyLoaded(info);
                if (!provided)
                    ReportUnknown(node, key, info);
                else if (context.Checked && !ReadTime.Contains(node.Name))
                    CheckContext(node, key, info!, context);

                if (provided && node is DirectiveNode)
                    ArgumentRules.Check(node, info!, diagnostics);
                if (node is SectionNode section)
                    Walk(section.Children, Enter(section, context));
            }
        }

        // A loop, not Any(loaded.Contains): this runs for every directive and a method group allocates.
        private bool AnyLoaded(DirectiveInfo info)
        {
            foreach (var module in info.Modules)
            {
                if (loaded.Contains(module))
                    return true;
            }

            return false;
        }

        private void ReportUnknown(HttpdNode node, string key, DirectiveInfo? info)
        {
            if (info is null && unknownModules.Count > 0)
            {
                diagnostics.Add(ConfigDiagnostics.HttpdUnknownDirective, node.Span, key, string.Join(", ", unknownModules));
                return;
            }

            var hint = info is null ? "" : $" ({key} is provided by {string.Join(" or ", info.Modules)}, which is not loaded: add its LoadModule line)";
            diagnostics.Add(ConfigDiagnostics.HttpdInvalidCommand, node.Span, key, hint);
        }

        private void CheckContext(HttpdNode node, string key, DirectiveInfo info, Context context)
        {
            var needed = context.InDirectory ? DirectiveContexts.Directory
                : context.InVirtualHost ? DirectiveContexts.VirtualHost
                : DirectiveContexts.ServerConfig;
            if ((info.Contexts & needed) == 0)
            {
                var where = context.Parent is null ? "here" : $"in <{context.Parent}> context";
                var to = (info.Contexts & DirectiveContexts.Directory) != 0 && (info.Contexts & DirectiveContexts.ServerConfig) == 0
                    ? "into a <Directory>, <Location>, <Files> or <Proxy> section"
                    : "to the server config or a <VirtualHost>, outside <Directory>, <Location>, <Files> and <Proxy>";
                diagnostics.Add(ConfigDiagnostics.HttpdNotAllowedInContext, node.Span, key, where, to);
                return;
            }

            var r = info.Restrictions;
            var shown = node is SectionNode ? key + ">" : key;
            string? within = null;
            if (r.HasFlag(DirectiveRestrictions.NotInVirtualHost) && context.InVirtualHost)
                within = "<VirtualHost> section";
            else if (r.HasFlag(DirectiveRestrictions.NotInLimit) && context.InLimit)
                within = "<Limit> or <LimitExcept> section";
            else if (Forbidden(r, context) is { } section)
                within = $"<{section}> section";
            if (within is not null)
                diagnostics.Add(ConfigDiagnostics.HttpdCannotOccurWithin, node.Span, shown, within);
        }

        private static string? Forbidden(DirectiveRestrictions r, Context context)
        {
            foreach (var s in context.Sections)
            {
                if (SectionRestriction.TryGetValue(s, out var flag) && (r & flag) != 0)
                    return s;
            }

            return null;
        }

        private static Context Enter(SectionNode section, Context context)
        {
            var name = section.Name;
            if (name.Equals("VirtualHost", StringComparison.OrdinalIgnoreCase))
                return context with { Parent = name, InVirtualHost = true };
            if (DirectorySections.Contains(name))
            {
                return context with
                {
                    Parent = name,
                    InDirectory = true,
                    InLimit = context.InLimit || name.StartsWith("Limit", StringComparison.OrdinalIgnoreCase),
                    Sections = context.Sections.Add(name),
                };
            }

            // Module sections (<AuthnProviderAlias>, <MDomainSet>, ...) set their own rules: don't guess.
            return context with { Parent = name, Checked = false };
        }
    }
}
