using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Headers;

/// <summary>
/// mod_headers <c>Header</c> on responses, enough for the ROUTEID sticky-cookie recipe (§3.9):
/// <c>Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED</c>.
/// "onsuccess" rules apply to relayed backend responses only, so a locally generated 503 gets no cookie.
/// </summary>
internal sealed class HeaderRuleMiddleware(RequestDelegate next, BalancerRegistry registry)
{
    public Task InvokeAsync(HttpContext context)
    {
        var scope = registry.Mapping.Mounts.ResolveScope(context.Request.Host.Host);
        if (!scope.Headers.IsEmpty)
        {
            context.Response.OnStarting(static state =>
            {
                var (ctx, rules) = ((HttpContext, ScopeSettings))state;
                Apply(ctx, rules);
                return Task.CompletedTask;
            }, (context, scope));
        }

        return next(context);
    }

    /// <summary>The subset reproduced: set/add/append/merge/unset, optional env=[!]VAR, no expr=/early.</summary>
    public static bool IsSupported(HeaderRule rule) =>
        rule.Action.ToLowerInvariant() is "set" or "add" or "append" or "merge" or "unset"
        && rule.Extra.IsDefaultOrEmpty
        && rule.Condition.ToLowerInvariant() is "onsuccess" or "always";

    private static void Apply(HttpContext context, ScopeSettings scope)
    {
        var variables = context.Features.Get<BalancerVariables>();
        var headers = context.Response.Headers;
        foreach (var rule in scope.Headers)
        {
            if (!IsSupported(rule)
                || (!rule.Condition.Equals("always", StringComparison.OrdinalIgnoreCase) && variables?.Proxied != true)
                || !EnvConditionHolds(rule.EnvCondition, variables))
            {
                continue;
            }

            var value = Format(rule.Value ?? "", variables);
            switch (rule.Action.ToLowerInvariant())
            {
                case "set":
                    headers[rule.Name] = value;
                    break;
                case "add":
                    headers.Append(rule.Name, value);
                    break;
                case "append":
                    headers[rule.Name] = headers.TryGetValue(rule.Name, out var existing) && existing.Count > 0
                        ? existing.ToString() + ", " + value
                        : value;
                    break;
                case "merge":
                    if (!headers.TryGetValue(rule.Name, out var current) || !current.ToString().Contains(value, StringComparison.Ordinal))
                    {
                        headers[rule.Name] = current.Count > 0 ? current.ToString() + ", " + value : new StringValues(value);
                    }

                    break;
                case "unset":
                    headers.Remove(rule.Name);
                    break;
            }
        }
    }

    /// <summary><c>env=VAR</c> holds when VAR is set; <c>env=!VAR</c> when it is not.</summary>
    internal static bool EnvConditionHolds(string? condition, BalancerVariables? variables)
    {
        if (string.IsNullOrEmpty(condition))
        {
            return true;
        }

        var name = condition.StartsWith("env=", StringComparison.OrdinalIgnoreCase) ? condition[4..] : condition;
        var negate = name.StartsWith('!');
        if (negate)
        {
            name = name[1..];
        }

        return (variables?.Get(name) is not null) != negate;
    }

    /// <summary>mod_headers value format: <c>%{VAR}e</c> (unset prints "(null)") and <c>%%</c>; other tokens kept.</summary>
    internal static string Format(string value, BalancerVariables? variables)
    {
        if (!value.Contains('%'))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 1 < value.Length && value[i + 1] == '%')
            {
                sb.Append('%');
                i++;
            }
            else if (value[i] == '%' && i + 1 < value.Length && value[i + 1] == '{'
                && value.IndexOf('}', i + 2) is var close and > 0 && close + 1 < value.Length && value[close + 1] == 'e')
            {
                sb.Append(variables?.Get(value[(i + 2)..close]) ?? "(null)");
                i = close + 1;
            }
            else
            {
                sb.Append(value[i]);
            }
        }

        return sb.ToString();
    }
}
