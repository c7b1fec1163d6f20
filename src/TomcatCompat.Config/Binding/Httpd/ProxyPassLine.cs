using System.Collections.Immutable;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>The words of one ProxyPass/ProxyPassMatch, sorted into path, URL, flags and key=value.</summary>
internal sealed record ProxyPassLine(
    string Path,
    bool IsRegex,
    string Url,
    ImmutableArray<string> Flags,
    ImmutableArray<KeyValuePair<string, string>> Parameters)
{
    public bool Exclude => Url == "!";
}
