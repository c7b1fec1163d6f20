using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>httpd <c>Listen [addr:]port [protocol]</c> (httpd-proxy.md §1.12).</summary>
internal sealed class ListenParser(BindContext ctx)
{
    private readonly Dictionary<(string?, int), ListenSpec> _seen = [];

    public List<ListenSpec> Listens { get; } = [];

    public void Bind(HttpdNode node)
    {
        if (node.Args.Length is < 1 or > 2)
        {
            return; // argument count is the syntax front end's to report
        }

        var text = node.Args[0];
        if (!TrySplit(text, out var address, out var port, out var error))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.BadListen, node.Span, text, error);
            return;
        }

        var protocol = node.Args.Length == 2 ? node.Args[1].ToLowerInvariant() : port == 443 ? "https" : "http";
        var spec = new ListenSpec(address, port, protocol, node.Span);
        if (_seen.TryGetValue((address, port), out var earlier))
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.DuplicateListen, node.Span, text, earlier.Source.Line);
            return;
        }

        _seen.Add((address, port), spec);
        Listens.Add(spec);
    }

    /// <summary>Splits <c>[addr:]port</c>; <c>*</c> or no address → null (all addresses); IPv6 in brackets.</summary>
    public static bool TrySplit(string text, out string? address, out int port, out string error)
    {
        address = null;
        port = 0;
        error = "Invalid address or port";
        string portText;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != ':')
            {
                error = close > 0 && close + 1 == text.Length ? "Port must be specified" : error;
                return false;
            }

            address = text[1..close].ToLowerInvariant();
            portText = text[(close + 2)..];
        }
        else
        {
            var colon = text.LastIndexOf(':');
            if (colon >= 0 && text.IndexOf(':', StringComparison.Ordinal) != colon)
            {
                return false; // bare IPv6 without brackets
            }

            address = colon < 0 ? null : text[..colon].ToLowerInvariant();
            portText = colon < 0 ? text : text[(colon + 1)..];
            if (address is "*" or "")
            {
                address = null;
            }
        }

        if (portText.Length == 0)
        {
            error = "Port must be specified";
            return false;
        }

        return int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
    }
}
