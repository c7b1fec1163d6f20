using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TomcatCompat.Balancer;

/// <summary>
/// The balancer's <c>Listen</c> addresses as Kestrel endpoint configuration
/// (<c>Endpoints:listenN:Url</c>). Kestrel watches it with <c>reloadOnChange</c>, so
/// <see cref="Replace"/> unbinds the addresses a reload dropped and binds the new ones, as httpd's
/// parent process does on a restart, while the addresses that stay keep their sockets.
/// </summary>
internal sealed class ListenConfiguration : ConfigurationProvider, IConfigurationSource
{
    public ListenConfiguration(IReadOnlyList<string> urls) => Data = ToData(urls);

    /// <summary>The addresses currently configured, in <c>Listen</c> order.</summary>
    public IReadOnlyList<string> Urls { get; private set; } = [];

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Sets the new addresses; returns false (and changes nothing) when they are the same.</summary>
    public bool Replace(IReadOnlyList<string> urls)
    {
        if (urls.SequenceEqual(Urls, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        Data = ToData(urls);
        OnReload();
        return true;
    }

    private Dictionary<string, string?> ToData(IReadOnlyList<string> urls)
    {
        Urls = [.. urls];
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < urls.Count; i++)
        {
            data[string.Create(CultureInfo.InvariantCulture, $"Endpoints:listen{i}:Url")] = urls[i];
        }

        return data;
    }
}
