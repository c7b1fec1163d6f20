using System.Collections.Immutable;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Logging;
using TomcatCompat.Balancer.Manager;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Mapping;

internal static partial class TopologyToYarp
{
    /// <summary>CustomLog lines compiled; pipes and syslog (TC4411), unknown directives (TC4412) and expr= conditions (TC4416) reported.</summary>
    private static ImmutableArray<AccessLogFormat> AccessLogs(VirtualHostSpec? host, DiagnosticBag diagnostics)
    {
        if (host is null || host.AccessLogs.IsEmpty)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<AccessLogFormat>();
        foreach (var spec in host.AccessLogs)
        {
            // Inherited main-server logs are reported once, on the main server.
            var report = host.IsMain || !IsInheritedSpan(spec.Source, host);
            if (spec.Target.StartsWith('|') || spec.Target.StartsWith("syslog:", StringComparison.OrdinalIgnoreCase))
            {
                if (report)
                {
                    diagnostics.Add(BalancerDiagnostics.AccessLogTargetUnsupported, spec.Source, spec.Target);
                }

                continue;
            }

            var spec2 = spec;
            if (spec.Condition is { Length: > 0 } condition && !condition.StartsWith("env=", StringComparison.OrdinalIgnoreCase))
            {
                if (report)
                {
                    diagnostics.Add(BalancerDiagnostics.AccessLogConditionUnsupported, spec.Source, condition);
                }

                spec2 = spec with { Condition = null };
            }

            var format = AccessLogFormat.Compile(spec2);
            if (report)
            {
                foreach (var directive in format.Unsupported)
                {
                    diagnostics.Add(BalancerDiagnostics.AccessLogTokenUnsupported, spec.Source, directive, spec.Nickname ?? spec.Format);
                }
            }

            list.Add(format);
        }

        return list.ToImmutable();
    }

    /// <summary>balancer-manager Locations with their Require lines; unknown Require forms (TC4414) and no Require (TC4415) reported.</summary>
    private static ImmutableArray<ManagerLocation> Managers(VirtualHostSpec? host, DiagnosticBag diagnostics)
    {
        if (host is null || host.BalancerManagers.IsEmpty)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<ManagerLocation>();
        foreach (var spec in host.BalancerManagers)
        {
            var report = host.IsMain || !IsInheritedSpan(spec.Source, host);
            var rules = ImmutableArray.CreateBuilder<RequireRule>();
            foreach (var line in spec.Require)
            {
                if (RequireRule.Parse(line) is { } rule)
                {
                    rules.Add(rule);
                }
                else if (report)
                {
                    diagnostics.Add(BalancerDiagnostics.ManagerRequireUnsupported, spec.Source, line, spec.Path);
                }
            }

            if (spec.Require.IsDefaultOrEmpty && report)
            {
                diagnostics.Add(BalancerDiagnostics.ManagerClosed, spec.Source, spec.Path);
            }

            list.Add(new ManagerLocation(spec.Path, rules.ToImmutable(), spec.Source));
        }

        return list.ToImmutable();
    }

    private static bool IsInheritedSpan(Config.Text.SourceSpan span, VirtualHostSpec host) =>
        span.File != host.Source.File || span.Line < host.Source.Line;
}
