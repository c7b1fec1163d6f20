using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>The per-run state of <see cref="InputDiscovery"/>: node base directories, httpd main directories, sniff cache.</summary>
internal sealed class Classifier(SourceReader reader, DiagnosticBag diagnostics)
{
    private readonly List<string> _nodeBases = [];
    private readonly HashSet<string> _looseConfDirs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serverXmls = new(StringComparer.Ordinal);
    private readonly List<string> _httpdMainDirs = [];
    private readonly HashSet<string> _treesWithMain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _heads = new(StringComparer.Ordinal);

    /// <summary>Records a server.xml so files under its node's base belong to the Tomcat reader.</summary>
    public void NoteServerXml(string file)
    {
        var name = PathText.FileName(file);
        if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || XmlRoot(file) != "Server")
            return;
        _serverXmls.Add(file);
        var dir = PathText.Directory(file);
        // conf/server.xml: the node's base (CATALINA_BASE) is the parent of conf/, and all of it is the node's.
        // A server.xml elsewhere owns only the Tomcat conf files beside it.
        if (PathText.FileName(dir) == "conf")
            _nodeBases.Add(PathText.Directory(dir));
        else
            _looseConfDirs.Add(dir);
    }

    /// <param name="tree">The directory given on the command line that <paramref name="file"/> was found in.</param>
    public void NoteHttpdMain(string file, string tree)
    {
        if (!IsHttpdMainName(PathText.FileName(file)) || UnderNode(file))
            return;
        _httpdMainDirs.Add(PathText.Directory(file));
        _treesWithMain.Add(tree);
    }

    public InputKind ClassifyExplicit(string file)
    {
        var name = PathText.FileName(file);
        if (_serverXmls.Contains(file))
            return InputKind.ServerXml;
        if (ByName(name) is { } kind)
            return kind;
        if (name is "context.xml" or "catalina.properties" or "web.xml")
            return TomcatFile(file, name, explicitly: true);
        if (name.EndsWith(".conf", StringComparison.OrdinalIgnoreCase))
            return InputKind.HttpdMain;
        var head = Head(file);
        if (head is null)
            return InputKind.HttpdMain; // the httpd reader reports why it cannot be read
        if (LooksLikeXml(head))
            return FromXmlRoot(file, InputSniffer.XmlRootElement(head), explicitly: true);
        return InputSniffer.HasWorkerKeys(head) ? InputKind.WorkersProperties : InputKind.HttpdMain;
    }

    public InputKind ClassifyWalked(string file, string tree)
    {
        var name = PathText.FileName(file);
        if (_serverXmls.Contains(file))
            return InputKind.ServerXml;
        if (UnderNode(file))
            return InputKind.NodeOwned;
        if (ByName(name) is { } kind)
            return kind;
        if (UnderHttpdMain(file))
            return InputKind.HttpdInclude;
        if (name.EndsWith(".conf", StringComparison.OrdinalIgnoreCase))
            return _treesWithMain.Contains(tree) ? InputKind.HttpdInclude : InputKind.HttpdMain; // else a tree of loose *.conf files
        if (name == "web.xml")
            return InputKind.WebXml;
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            return FromXmlRoot(file, XmlRoot(file), explicitly: false);
        if (name.EndsWith(".properties", StringComparison.OrdinalIgnoreCase) && Head(file) is { } head && InputSniffer.HasWorkerKeys(head))
            return InputKind.WorkersProperties;
        return Unknown(file, explicitly: false);
    }

    private static bool IsHttpdMainName(string name) => name is "httpd.conf" or "apache2.conf";

    private static InputKind? ByName(string name) => name switch
    {
        "httpd.conf" or "apache2.conf" => InputKind.HttpdMain,
        "envvars" => InputKind.EnvVars,
        "workers.properties" => InputKind.WorkersProperties,
        "uriworkermap.properties" => InputKind.UriWorkerMap,
        _ => null,
    };

    private static bool LooksLikeXml(string head) => head.AsSpan().TrimStart().TrimStart('\uFEFF').StartsWith("<");

    private InputKind FromXmlRoot(string file, string? root, bool explicitly) => root switch
    {
        "web-app" => InputKind.WebXml,
        "Context" => TomcatFile(file, "context.xml", explicitly),
        _ => Unknown(file, explicitly),
    };

    private InputKind TomcatFile(string file, string what, bool explicitly)
    {
        if (UnderNode(file))
            return InputKind.NodeOwned;
        if (what == "web.xml")
            return InputKind.WebXml;
        if (explicitly)
            diagnostics.Add(ConfigDiagnostics.NodeOwnedFileAlone, InputDiscovery.At(reader, file), reader.DisplayPath(file), what);
        return InputKind.NodeOwned;
    }

    private InputKind Unknown(string file, bool explicitly)
    {
        var d = ConfigDiagnostics.UnknownInputKind;
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, d.MessageFormat, reader.DisplayPath(file));
        // A file found while searching a directory is expected to be something else (README, keystore): advice only.
        var severity = explicitly ? d.DefaultSeverity : DiagnosticSeverity.Info;
        diagnostics.Add(new Diagnostic(d.Code, severity, InputDiscovery.At(reader, file), message));
        return InputKind.Unknown;
    }

    private bool UnderNode(string file) =>
        _nodeBases.Exists(b => IsUnder(file, b))
        || (_looseConfDirs.Contains(PathText.Directory(file)) && IsTomcatConfName(PathText.FileName(file)));

    private static bool IsTomcatConfName(string name) => name is "context.xml" or "catalina.properties" or "web.xml"
        or "tomcat-users.xml" or "logging.properties" or "jaspic-providers.xml" or "catalina.policy" or "tomcat-users.xsd";

    private bool UnderHttpdMain(string file) => _httpdMainDirs.Exists(d => IsUnder(file, d));

    private static bool IsUnder(string file, string directory) =>
        directory == "/" || (file.Length > directory.Length && file[directory.Length] == '/' && file.StartsWith(directory, StringComparison.Ordinal));

    private string? XmlRoot(string file) => Head(file) is { } head ? InputSniffer.XmlRootElement(head) : null;

    private string? Head(string file)
    {
        if (!_heads.TryGetValue(file, out var head))
            _heads[file] = head = InputSniffer.Head(reader.FileSystem, file);
        return head;
    }
}
