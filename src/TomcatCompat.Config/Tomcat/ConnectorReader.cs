using System.Collections.Frozen;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// <c>&lt;Connector&gt;</c> (§16.3): the protocol name or class becomes "HTTP/1.1"/"AJP/1.3",
/// ports get Server@portOffset, and the AJP secret rule of 9.0.31+ is checked.
/// </summary>
internal static class ConnectorReader
{
    private const string Http = "HTTP/1.1";
    private const string Ajp = "AJP/1.3";

    private static readonly TomcatVersion SecretSince = TomcatVersion.Of(8, 5, 51);
    private static readonly TomcatVersion V101 = TomcatVersion.Of(10, 1, 0);
    private static readonly TomcatVersion V85 = TomcatVersion.Of(8, 5, 0);

    // Protocol handler classes: (protocol, first release without the class).
    private static readonly FrozenDictionary<string, (string Protocol, TomcatVersion? RemovedIn)> Classes =
        new Dictionary<string, (string, TomcatVersion?)>
        {
            ["org.apache.coyote.http11.Http11NioProtocol"] = (Http, null),
            ["org.apache.coyote.http11.Http11Nio2Protocol"] = (Http, null),
            ["org.apache.coyote.http11.Http11AprProtocol"] = (Http, V101),
            ["org.apache.coyote.http11.Http11Protocol"] = (Http, V85),
            ["org.apache.coyote.ajp.AjpNioProtocol"] = (Ajp, null),
            ["org.apache.coyote.ajp.AjpNio2Protocol"] = (Ajp, null),
            ["org.apache.coyote.ajp.AjpAprProtocol"] = (Ajp, V101),
            ["org.apache.coyote.ajp.AjpProtocol"] = (Ajp, V85),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Connector Read(TomcatReadContext ctx, XElement element, int portOffset, ISet<string> executors)
    {
        var attributes = ctx.Attributes(element, "Connector", AttributeTable.For(AttributeTable.ConnectorKind));
        var protocolText = attributes.GetValueOrDefault("protocol");
        var protocol = ResolveProtocol(ctx, element, protocolText);
        var port = 0;
        if (!element.Attributes().Any(a => a.Name == "port"))
            ctx.Report(ConfigDiagnostics.MissingAttribute, element, "Connector", "port", "Tomcat needs to open this connector");
        else if (attributes.TryGetValue("port", out var p) && JavaText.TryParseInt(p, out port) && (port < 0 || port + portOffset > 65535))
            ctx.Report(ConfigDiagnostics.PortOutOfRange, element.Attribute("port")!, "Connector", "port", p, 0);

        var isAjp = protocol == Ajp;
        bool? secretRequired = null;
        var secret = attributes.GetValueOrDefault("secret");
        if (isAjp && ctx.Version >= SecretSince)
        {
            secretRequired = !attributes.TryGetValue("secretRequired", out var sr) || sr == "true";
            if (secretRequired == true && string.IsNullOrEmpty(secret))
                ctx.Report(ctx.VersionExplicit ? ConfigDiagnostics.AjpSecretMissing : ConfigDiagnostics.AjpSecretMissingUnversioned, element, port);
        }

        if (attributes.GetValueOrDefault("SSLEnabled") == "true")
            ctx.Report(ConfigDiagnostics.UnsupportedTls, element, port);
        var executor = attributes.GetValueOrDefault("executor");
        if (executor is not null && !executors.Contains(executor))
            ctx.Report(ConfigDiagnostics.UnknownExecutor, element.Attribute("executor")!, executor);

        return new Connector
        {
            Protocol = protocol,
            Scheme = isAjp ? "ajp" : "http",
            Port = port is > 0 and <= 65535 ? port + portOffset : port,
            Address = attributes.GetValueOrDefault("address"),
            Secret = secret,
            SecretRequired = secretRequired,
            Executor = executor,
            ProtocolAttribute = protocolText,
            Attributes = attributes,
            Source = ctx.At(element),
        };
    }

    private static string ResolveProtocol(TomcatReadContext ctx, XElement element, string? text)
    {
        if (text is null or Http)
            return Http;
        if (text == Ajp)
            return Ajp;
        if (Classes.TryGetValue(text, out var known))
        {
            if (known.RemovedIn is { } r && ctx.Version >= r)
            {
                var advice = $"use protocol=\"{known.Protocol}\"";
                ctx.Report(
                    ctx.VersionExplicit ? ConfigDiagnostics.ClassNotInVersion : ConfigDiagnostics.LegacyClassAliased,
                    element, "Connector", text, ctx.Version, $"removed in {r}",
                    ctx.VersionExplicit ? advice : $"TomcatCompat reads it as {known.Protocol}; {advice}");
            }

            return known.Protocol;
        }

        ctx.Report(ConfigDiagnostics.UnknownProtocol, element.Attribute("protocol")!, text, ctx.Version);
        return text.Contains("ajp", StringComparison.OrdinalIgnoreCase) ? Ajp : Http;
    }
}
