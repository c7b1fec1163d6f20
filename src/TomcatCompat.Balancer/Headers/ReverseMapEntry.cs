using System.Collections.Immutable;

namespace TomcatCompat.Balancer.Headers;

/// <summary>
/// One compiled <c>ProxyPassReverse public internal</c> rule (httpd-proxy.md §2.11). For a
/// <c>balancer://</c> target, <see cref="Members"/> holds every member's worker name and
/// <see cref="Internal"/> the path written after the balancer name; otherwise Members is empty and
/// Internal is the URL or path compared as written.
/// </summary>
internal sealed record ReverseMapEntry(string Public, string Internal, ImmutableArray<string> Members);
