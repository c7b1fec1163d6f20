using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// A <c>balancer://name</c> while the config is read. Settings stay null until written so a vhost
/// copy can take main-server values (httpd-proxy.md §2.10).
/// </summary>
internal sealed class BalancerSettings(string name, string scope, SourceSpan source)
{
    public string Name { get; } = name;

    public string Scope { get; } = scope;

    public SourceSpan Source { get; } = source;

    public SortedDictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string? LbMethod { get; set; }

    public ImmutableArray<string>? StickySession { get; set; }

    /// <summary>Set when <c>stickysessionsep</c> was written; <see cref="StickySessionSep"/> null then means Off.</summary>
    public bool StickySessionSepSet { get; set; }

    public string? StickySessionSep { get; set; }

    public bool? ScolonPathDelim { get; set; }

    public bool? NoFailover { get; set; }

    public int? MaxAttempts { get; set; }

    public int? Timeout { get; set; }

    public List<int> FailOnStatus { get; } = [];

    public bool? FailOnTimeout { get; set; }

    public bool? ForceRecovery { get; set; }

    public string? Nonce { get; set; }

    public int? Growth { get; set; }

    public WorkerRegistry Members { get; } = new();

    /// <summary>True when this server set any balancer parameter itself (not only created the name).</summary>
    public bool HasOwnSettings =>
        LbMethod is not null || StickySession is not null || StickySessionSepSet || ScolonPathDelim is not null
        || NoFailover is not null || MaxAttempts is not null || Timeout is not null || FailOnStatus.Count > 0
        || FailOnTimeout is not null || ForceRecovery is not null || Nonce is not null || Growth is not null;

    /// <summary>Applies the §2.10 merge: unset values come from the main server's balancer of the same name.</summary>
    public void InheritFrom(BalancerSettings main)
    {
        LbMethod ??= main.LbMethod;
        StickySession ??= main.StickySession;
        if (!StickySessionSepSet)
        {
            StickySessionSepSet = main.StickySessionSepSet;
            StickySessionSep = main.StickySessionSep;
        }

        ScolonPathDelim ??= main.ScolonPathDelim;
        NoFailover ??= main.NoFailover;
        MaxAttempts ??= main.MaxAttempts;
        Timeout ??= main.Timeout;
        FailOnStatus.InsertRange(0, main.FailOnStatus);
        ForceRecovery ??= main.ForceRecovery;
        Nonce ??= main.Nonce;
    }

    public ImmutableArray<BalancerMember> BuildMembers(IReadOnlyDictionary<string, string> hcExpressions) =>
        [.. Members.All.Select(m => m.ToMember(hcExpressions))];

    /// <param name="built">This balancer's members, or main's (the same array, shared) for a vhost copy.</param>
    public BalancerSpec ToSpec(ImmutableArray<BalancerMember> built, string? membersFrom = null)
    {
        return new BalancerSpec
        {
            Name = Name,
            Origin = "mod_proxy_balancer",
            Scope = Scope,
            LbMethod = LbMethod ?? "byrequests",
            StickySession = StickySession ?? [],
            StickySessionSep = StickySessionSepSet ? StickySessionSep : ".",
            ScolonPathDelim = ScolonPathDelim ?? false,
            NoFailover = NoFailover ?? false,

            // httpd: unset maxattempts means members−1 (0 with a single member).
            MaxAttempts = MaxAttempts ?? Math.Max(built.Length - 1, 0),
            Timeout = Timeout ?? 0,
            FailOnStatus = [.. FailOnStatus],
            FailOnTimeout = FailOnTimeout ?? false,
            ForceRecovery = ForceRecovery ?? true,
            Nonce = Nonce,
            Growth = Growth ?? 0,
            Members = built,
            MembersFrom = membersFrom,
            Parameters = Parameters.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Source = Source,
        };
    }
}
