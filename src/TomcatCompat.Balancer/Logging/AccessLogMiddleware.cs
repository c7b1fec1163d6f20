using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.Logging;

/// <summary>
/// mod_log_config's <c>CustomLog</c>: after each request, one line per log of the server that took it
/// (condition <c>env=[!]VAR</c> honoured), handed to the background <see cref="AccessLogWriter"/>.
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, BalancerRegistry registry, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        var scope = registry.Mapping.Mounts.ResolveScope(context.Request.Host.Host);
        // Not async on this path: no state machine per request when the scope logs nothing.
        return scope.AccessLogs.IsEmpty ? next(context) : LogAsync(context, scope);
    }

    private async Task LogAsync(HttpContext context, ScopeSettings scope)
    {
        var start = time.GetLocalNow();
        var started = Stopwatch.GetTimestamp();
        CountingResponseBody? counter = null;
        Stream? original = null;
        foreach (var log in scope.AccessLogs)
        {
            if (log.NeedsByteCount)
            {
                original = context.Response.Body;
                counter = new CountingResponseBody(original);
                context.Response.Body = counter;
                break;
            }
        }

        try
        {
            await next(context);
        }
        finally
        {
            if (original is not null)
            {
                context.Response.Body = original;
            }

            var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            var variables = context.Features.Get<BalancerVariables>();
            foreach (var log in scope.AccessLogs)
            {
                if (log.Writer is { } writer && HeaderRuleMiddleware.EnvConditionHolds(log.Spec.Condition, variables))
                {
                    writer.Enqueue(AccessLogLine.Format(log, context, scope, start, micros, counter?.Count));
                }
            }
        }
    }
}
