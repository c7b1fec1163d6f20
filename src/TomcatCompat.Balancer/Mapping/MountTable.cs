using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// httpd's URL-path → backend decision (httpd-proxy.md §2.3), done exactly rather than through
/// ASP.NET route templates, which are case-insensitive and know neither slash runs nor '!' rules.
/// </summary>
internal sealed class MountTable
{
    private readonly ImmutableArray<ScopeSettings> _scopes;
    private readonly FrozenDictionary<string, ScopeSettings> _byName;
    private readonly ScopeSettings _default;

    public MountTable(ImmutableArray<ScopeSettings> scopes)
    {
        _scopes = scopes;
        var names = new Dictionary<string, ScopeSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var scope in scopes)
        {
            if (scope.Host is not { IsMain: false } host)
            {
                continue;
            }

            // First definition wins, as httpd's name-based lookup takes the first matching vhost.
            foreach (var name in host.ServerAliases.Prepend(host.ServerName ?? ""))
            {
                var bare = StripPort(name);
                if (bare.Length > 0)
                {
                    names.TryAdd(bare, scope);
                }
            }
        }

        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Without a matching name httpd uses the first vhost of the address; lacking vhosts, the main server.
        _default = scopes.FirstOrDefault(s => s.Host is { IsMain: false }) ?? scopes.First(s => s.Id == "main");
    }

    public ImmutableArray<ScopeSettings> Scopes => _scopes;

    /// <summary>Picks the server for a request's Host name (port ignored).</summary>
    public ScopeSettings ResolveScope(string? host) =>
        host is { Length: > 0 } && _byName.TryGetValue(StripPort(host), out var scope) ? scope : _default;

    /// <summary>Returns the rule that takes <paramref name="path"/>, or null (not proxied).</summary>
    public static MountMatch? Match(ScopeSettings scope, string path)
    {
        MountMatch? best = null;
        var bestLength = -1;
        foreach (var mount in scope.LocationMounts)
        {
            // The most specific Location wins; a later one of equal length overrides (per-dir merge).
            if (TryMatch(mount, path) is { } hit && mount.Mount.Path.Length >= bestLength)
            {
                best = hit;
                bestLength = mount.Mount.Path.Length;
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var mount in scope.ServerMounts)
        {
            if (TryMatch(mount, path) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    private static MountMatch? TryMatch(CompiledMount mount, string path)
    {
        if (mount.Pattern is { } regex)
        {
            Match m;
            try
            {
                m = regex.Match(path);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }

            if (!m.Success)
            {
                return null;
            }

            // No $n in the target: httpd appends the whole original URI.
            var url = MatchSubstitution.HasSubstitution(mount.Target)
                ? MatchSubstitution.Apply(mount.Target, m)
                : mount.Target + path;
            return new MountMatch(mount, UrlPath(url));
        }

        if (JkPattern.IsJk(mount.Mount))
        {
            return JkPattern.IsMatch(mount.Mount.Path, path) ? new MountMatch(mount, path) : null;
        }

        var consumed = AliasMatcher.Match(path, mount.Mount.Path);
        return consumed < 0 ? null : new MountMatch(mount, mount.TargetPath + path[consumed..]);
    }

    /// <summary>The path after <c>scheme://authority</c> ("" when there is none).</summary>
    internal static string UrlPath(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url;
        }

        var slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? "" : url[slash..];
    }

    private static string StripPort(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            return close < 0 ? host : host[..(close + 1)];
        }

        var colon = host.IndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
