using System.Globalization;
using System.Net;

namespace TomcatCompat.Node.Local;

/// <summary>Distinct non-loopback addresses → 127.0.1.N, N = 1.. in order of first appearance.</summary>
internal sealed class LocalAddressMap
{
    private readonly Dictionary<string, string> _map = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KeyValuePair<string, string>> _order = [];

    public IReadOnlyList<KeyValuePair<string, string>> Order => _order;

    /// <summary>True for "every address" spellings: absent, *, 0.0.0.0, ::, _default_.</summary>
    public static bool IsWildcard(string? address) =>
        string.IsNullOrEmpty(address) || address is "*" or "0.0.0.0" or "::" or "[::]" or "_default_";

    public static bool IsLoopback(string address) =>
        string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(address.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Records an address; wildcards, "auto" and loopback addresses are left alone.</summary>
    public void Note(string? address)
    {
        if (address is null || IsWildcard(address) || IsLoopback(address) || string.Equals(address, "auto", StringComparison.OrdinalIgnoreCase))
            return;
        if (_map.ContainsKey(address))
            return;
        var n = _map.Count;
        // 127.0.1.1 … 127.0.1.254, then 127.0.2.1 …: never .0 or .255.
        var local = string.Create(CultureInfo.InvariantCulture, $"127.0.{1 + (n / 254)}.{1 + (n % 254)}");
        _map[address] = local;
        _order.Add(new(address, local));
    }

    /// <summary>A fresh loopback address for something that names none.</summary>
    public string Fresh(string key)
    {
        Note(key);
        return _map[key];
    }

    /// <summary>The loopback address for <paramref name="address"/>, or the address itself when not mapped.</summary>
    public string? Map(string? address) => address is not null && _map.TryGetValue(address, out var local) ? local : address;

    public bool IsMapped(string? address) => address is not null && _map.ContainsKey(address);
}
