using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>ProxyPass/ProxyPassMatch, BalancerMember, ProxySet and &lt;Proxy&gt; (httpd-proxy.md §2.2, §2.5.1, §2.8).</summary>
internal static class ProxyDirectiveBinder
{
    public static void BindProxyPass(HttpdNode node, bool isMatch, in Frame frame, ServerState server, BindContext ctx)
    {
        var directive = isMatch ? "ProxyPassMatch" : "ProxyPass";
        var line = ProxyPassParser.Parse(node, isMatch, frame.Location, frame.LocationIsRegex, ctx.Diagnostics);
        if (line is null)
        {
            return;
        }

        var site = new ParamSite(directive, node.Span, server, ctx);
        var mountParameters = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in line.Parameters)
        {
            mountParameters[key] = value;
        }

        if (line.Flags.Contains("interpolate"))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedInterpolate, node.Span, directive);
        }

        string? balancerName = null;
        WorkerSettings? worker = null;
        if (!line.Exclude)
        {
            foreach (var (key, value) in line.Parameters)
            {
                if (key == "mapping")
                {
                    ctx.Diagnostics.Add(
                        value is "encoded" or "servlet" ? ConfigDiagnostics.UnsupportedMapping : ConfigDiagnostics.UnknownMapping,
                        node.Span, directive, value);
                }
            }

            var rest = line.Parameters.Where(p => p.Key != "mapping");
            if (BalancerParameterParser.IsBalancerUrl(line.Url))
            {
                var balancer = GetOrCreateBalancer(line.Url, node.Span, server, directive, ctx);
                balancerName = balancer.Name;
                foreach (var (key, value) in rest)
                {
                    BalancerParameterParser.Apply(balancer, key, value, site);
                }
            }
            else
            {
                worker = DefineWorker(line, node, server, site, [.. rest]);
            }
        }

        server.Mounts.Add(new PendingMount(
            new Mount
            {
                Kind = isMatch ? MountKind.ProxyPassMatch : MountKind.ProxyPass,
                Path = line.Path,
                IsRegex = line.IsRegex,
                Target = line.Exclude ? null : line.Url,
                Balancer = balancerName,
                Exclude = line.Exclude,
                Scope = server.Id,
                InLocation = frame.Location is not null,
                Flags = line.Flags,
                Parameters = mountParameters.ToImmutable(),
                Source = node.Span,
            },
            worker,
            frame.Location is not null ? 0 : server.IsMain ? 1 : 2,
            ctx.NextMountSequence++));
    }

    private static WorkerSettings? DefineWorker(ProxyPassLine line, HttpdNode node, ServerState server, in ParamSite site, List<KeyValuePair<string, string>> parameters)
    {
        // ProxyPassMatch with $n: httpd names the worker after the URL up to the first substitution.
        var urlText = line.Url;
        var dollar = urlText.IndexOf('$', StringComparison.Ordinal);
        if (line.IsRegex && dollar >= 0)
        {
            urlText = urlText[..dollar];
        }

        var url = ParseUrl(urlText, line.Url, node.Span, site.Directive, site.Context);
        if (url is null)
        {
            return null;
        }

        var shared = server.Workers.FindShared(url);
        if (shared is not null)
        {
            foreach (var (key, value) in parameters)
            {
                site.Context.Diagnostics.Add(ConfigDiagnostics.WorkerSharingDropsParameter, node.Span, site.Directive, key + "=" + value, line.Url, shared.Url.Name, shared.Source.ToString());
            }

            return shared;
        }

        var worker = new WorkerSettings(url, node.Span);
        server.Workers.Add(worker);
        foreach (var (key, value) in parameters)
        {
            WorkerParameterParser.Apply(worker, key, value, site);
        }

        return worker;
    }

    public static void BindBalancerMember(HttpdNode node, in Frame frame, ServerState server, BindContext ctx)
    {
        var words = node.Args;
        var i = 0;
        BalancerSettings? balancer = frame.Proxy?.Balancer;
        if (frame.Proxy is null)
        {
            if (words.Length < 2 || !BalancerParameterParser.IsBalancerUrl(words[0]) || words[1].Contains('=', StringComparison.Ordinal))
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.BalancerMemberWithoutBalancer, node.Span, node.RawArgs.Trim());
                return;
            }

            balancer = GetOrCreateBalancer(words[0], node.Span, server, "BalancerMember", ctx);
            i = 1;
        }
        else if (frame.Proxy.IsMatch)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedProxyMatch, node.Span, "BalancerMember", frame.Proxy.Url);
            return;
        }
        else if (balancer is null || words.Length == 0)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.BalancerMemberWithoutBalancer, node.Span, node.RawArgs.Trim());
            return;
        }

        var urlText = words[i++];
        var url = ParseUrl(urlText, urlText, node.Span, "BalancerMember", ctx);
        var parameters = new List<KeyValuePair<string, string>>();
        for (; i < words.Length; i++)
        {
            if (ParamText.TrySplitKeyValue(words[i], out var key, out var value))
            {
                parameters.Add(new(key, value));
            }
            else
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.ParameterNotKeyValue, node.Span, "BalancerMember", words[i]);
            }
        }

        if (url is null)
        {
            return;
        }

        if (url.Path.EndsWith('/'))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.MemberUrlTrailingSlash, node.Span, urlText);
        }

        var shared = balancer.Members.FindShared(url);
        if (shared is not null)
        {
            var dropped = parameters.Count == 0 ? "" : "; ignored: " + string.Join(" ", parameters.Select(p => p.Key + "=" + p.Value));
            ctx.Diagnostics.Add(ConfigDiagnostics.MemberSharingDropsParameter, node.Span, urlText, shared.Url.Name, shared.Source.Line, balancer.Name, dropped);
            return;
        }

        var member = new WorkerSettings(url, node.Span);
        balancer.Members.Add(member);
        var site = new ParamSite("BalancerMember", node.Span, server, ctx);
        foreach (var (key, value) in parameters)
        {
            WorkerParameterParser.Apply(member, key, value, site);
        }
    }

    public static void BindProxySet(HttpdNode node, in Frame frame, ServerState server, BindContext ctx)
    {
        var words = node.Args;
        var i = 0;
        var target = frame.Proxy;
        if (target is { IsMatch: true })
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedProxyMatch, node.Span, "ProxySet", target.Url);
            return;
        }

        if (target is null && words.Length > 0 && !words[0].Contains('=', StringComparison.Ordinal))
        {
            var name = words[i++];
            if (BalancerParameterParser.IsBalancerUrl(name))
            {
                var key = BalancerParameterParser.BalancerName(name, out _);
                if (!server.Balancers.TryGetValue(key, out var found))
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.ProxySetBalancerNotFound, node.Span, name);
                    return;
                }

                target = new ProxyTarget(name, false, found, null);
            }
            else
            {
                var url = WorkerUrl.TryParse(name);
                var found = url is null ? null : server.Workers.FindShared(url);
                if (found is null)
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.ProxySetWorkerNotFound, node.Span, name);
                    return;
                }

                target = new ProxyTarget(name, false, null, found);
            }
        }

        if (target is null || (target.Balancer is null && target.Worker is null))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.ProxySetWorkerNotFound, node.Span, target?.Url ?? node.RawArgs.Trim());
            return;
        }

        ApplyParameters(target, words.AsSpan()[i..], "ProxySet", node.Span, server, ctx);
    }

    /// <summary><c>&lt;Proxy url params&gt;</c> / <c>&lt;ProxyMatch regex&gt;</c>: what its children apply to.</summary>
    public static ProxyTarget OpenSection(SectionNode section, ServerState server, BindContext ctx)
    {
        var isMatch = section.Name.Equals("ProxyMatch", StringComparison.OrdinalIgnoreCase);
        var url = section.Args.Length > 0 ? section.Args[0] : "";
        var parameters = section.Args.AsSpan()[(section.Args.Length > 0 ? 1 : 0)..];
        ProxyTarget target;
        if (isMatch || ProxyPassParser.HasWildcard(url))
        {
            target = new ProxyTarget(url, true, null, null);
        }
        else if (BalancerParameterParser.IsBalancerUrl(url))
        {
            target = new ProxyTarget(url, false, GetOrCreateBalancer(url, section.Span, server, "<Proxy>", ctx), null);
        }
        else if (WorkerUrl.TryParse(url) is { } workerUrl)
        {
            var worker = server.Workers.FindShared(workerUrl);
            if (worker is null)
            {
                worker = new WorkerSettings(workerUrl, section.Span);
                server.Workers.Add(worker);
            }

            target = new ProxyTarget(url, false, null, worker);
        }
        else
        {
            target = new ProxyTarget(url, false, null, null);
        }

        if (parameters.Length > 0)
        {
            if (target.Balancer is null && target.Worker is null)
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.BadProxySection, section.Span, section.Name, url, "Invalid Proxy parameter");
            }
            else
            {
                ApplyParameters(target, parameters, "<Proxy>", section.Span, server, ctx);
            }
        }

        return target;
    }

    private static void ApplyParameters(ProxyTarget target, ReadOnlySpan<string> words, string directive, SourceSpan span, ServerState server, BindContext ctx)
    {
        var site = new ParamSite(directive, span, server, ctx);
        foreach (var word in words)
        {
            if (!ParamText.TrySplitKeyValue(word, out var key, out var value))
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.ParameterNotKeyValue, span, directive, word);
            }
            else if (target.Balancer is not null)
            {
                BalancerParameterParser.Apply(target.Balancer, key, value, site);
            }
            else
            {
                WorkerParameterParser.Apply(target.Worker!, key, value, site);
            }
        }
    }

    private static BalancerSettings GetOrCreateBalancer(string url, SourceSpan span, ServerState server, string directive, BindContext ctx)
    {
        var name = BalancerParameterParser.BalancerName(url, out var hadPath);
        if (hadPath && directive != "ProxyPass" && directive != "ProxyPassMatch")
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.BalancerPathIgnored, span, directive, url, name);
        }

        if (!server.Balancers.TryGetValue(name, out var balancer))
        {
            balancer = new BalancerSettings(name, server.Id, span);
            server.Balancers.Add(name, balancer);
        }

        return balancer;
    }

    private static WorkerUrl? ParseUrl(string text, string asWritten, SourceSpan span, string directive, BindContext ctx)
    {
        var url = WorkerUrl.TryParse(text);
        if (url is null)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.InvalidWorkerUrl, span, directive, asWritten);
            return null;
        }

        if (url.UnixSocket is not null)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedUnixSocket, span, directive, asWritten);
        }
        else if (url.Scheme is not ("http" or "https" or "ajp"))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedScheme, span, directive, asWritten, url.Scheme);
        }

        return url;
    }
}
