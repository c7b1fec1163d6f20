using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Health;

/// <summary>
/// mod_proxy_hcheck's watchdog (httpd-proxy.md §5): every 100 ms, each balancer member with a supported
/// <c>hcmethod</c>, not stopped, whose last check is older than <c>hcinterval</c>, is checked on its own
/// connection; the result drives the passes/fails state machine on flags C and E. Driven by the
/// injected <see cref="TimeProvider"/>, so tests step it with <see cref="RunDueAsync"/>.
/// </summary>
internal sealed partial class HealthChecker(BalancerRegistry registry, TimeProvider time, ILogger<HealthChecker> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<MemberState, (DateTimeOffset Last, Task? Running)> _checks = [];
    private YarpMapping? _checked;

    /// <summary>Starts every due check and returns when those checks have finished.</summary>
    public Task RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<Task>? started = null;
        var mapping = registry.Mapping;
        if (!ReferenceEquals(mapping, _checked))
        {
            // A reload made new member records (httpd's restart starts the checks afresh too).
            _checks.Clear();
            _checked = mapping;
        }

        foreach (var balancer in mapping.Balancers.Values)
        {
            foreach (var member in balancer.Members)
            {
                if (member.Spec.HealthCheck is not { } hc || !member.HealthCheckActive)
                {
                    continue;
                }

                bool stopped;
                lock (balancer.Sync)
                {
                    stopped = member.Has(MemberStatus.Stopped);
                }

                var state = _checks.GetValueOrDefault(member);
                if (stopped || state.Running is { IsCompleted: false }
                    || (state.Last != default && now - state.Last < TimeSpan.FromMilliseconds(Math.Max(100, hc.IntervalMs))))
                {
                    continue;
                }

                var task = CheckAsync(balancer, member, hc, ct);
                _checks[member] = (now, task);
                (started ??= []).Add(task);
            }
        }

        return started is null ? Task.CompletedTask : Task.WhenAll(started);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Runs even when no member is checked yet: a reload may add hcmethod to a member.
        while (!stoppingToken.IsCancellationRequested)
        {
            _ = RunDueAsync(stoppingToken);
            try
            {
                await Task.Delay(Tick, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CheckAsync(BalancerState balancer, MemberState member, HealthCheckSpec hc, CancellationToken ct)
    {
        await Task.Yield();
        var spec = member.Spec;
        var timeout = TimeSpan.FromMilliseconds(spec.ConnectionTimeoutMs ?? (spec.Timeout ?? 60) * 1000L);
        var (_, response) = await HealthCheckProbe.RunAsync(spec, hc, timeout, time, ct).ConfigureAwait(false);
        var passed = member.HealthExpression is { } expr
            ? response.Status != 0 && expr.Evaluate(response)
            : response.Status is >= 200 and <= 399;
        lock (balancer.Sync)
        {
            if (Apply(member, passed, time.GetUtcNow()))
            {
                LogTransition(logger, member.Name, member.Has(MemberStatus.HealthCheckFailed) ? "failed" : "passed", hc.Method);
            }
        }
    }

    /// <summary>
    /// The state machine of §5. Returns true when the member's health flags changed. Caller holds
    /// <see cref="BalancerState.Sync"/>. Counters are not reset by the opposite outcome, as in httpd.
    /// </summary>
    internal static bool Apply(MemberState member, bool passed, DateTimeOffset now)
    {
        var hc = member.Spec.HealthCheck!;
        if (passed)
        {
            if (!member.Has(MemberStatus.HealthCheckFailed) && !member.Has(MemberStatus.InError))
            {
                return false;
            }

            member.HealthPasses++;
            if (member.HealthPasses < hc.Passes)
            {
                return false;
            }

            member.Status &= ~(MemberStatus.HealthCheckFailed | MemberStatus.InError);
            member.HealthPasses = 0;
            return true;
        }

        member.ErrorTime = now;
        if (member.Has(MemberStatus.HealthCheckFailed))
        {
            return false;
        }

        member.HealthFails++;
        if (member.HealthFails < hc.Fails)
        {
            return false;
        }

        member.Status |= MemberStatus.HealthCheckFailed;
        member.HealthFails = 0;
        return true;
    }

    [LoggerMessage(EventId = 4420, Level = LogLevel.Warning, Message = "health check of {Worker} {Outcome} ({Method})")]
    private static partial void LogTransition(ILogger logger, string worker, string outcome, string method);
}
