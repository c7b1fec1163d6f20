using System.Collections.Immutable;

namespace TomcatCompat.Config.Httpd;

/// <summary>One row of the directive table: facts of the real server (see tools/README.md).</summary>
/// <param name="Name">httpd's spelling; sections start with '&lt;' ("&lt;Proxy").</param>
/// <param name="Modules">Identifiers of the modules that provide it (any one of them suffices).</param>
public sealed record DirectiveInfo(
    string Name,
    HttpdArgKind Kind,
    DirectiveContexts Contexts,
    DirectiveRestrictions Restrictions,
    ImmutableArray<string> Modules);
