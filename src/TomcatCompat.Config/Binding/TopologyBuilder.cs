using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.ModJk;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Binding;

/// <summary>
/// The import pipeline: discover inputs, run each front end, merge the balancer sides, read the
/// nodes, bind members to nodes. Never throws on bad input; everything ends in the diagnostics.
/// </summary>
public static class TopologyBuilder
{
    public static Topology Build(ImportRequest request, IConfigFileSystem fileSystem) => Build(request, fileSystem, out _);

    /// <summary>As <see cref="Build(ImportRequest, IConfigFileSystem)"/>, also giving every file read (lint scans them for pragmas).</summary>
    public static Topology Build(ImportRequest request, IConfigFileSystem fileSystem, out IReadOnlyList<SourceFile> filesRead)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fileSystem);
        var paths = request.Paths.IsDefault ? [] : request.Paths.Select(PathText.Normalize).ToImmutableArray();
        var reader = new SourceReader(fileSystem, request.Root ?? DisplayRoot(paths, fileSystem));
        var diagnostics = new DiagnosticBag();
        var inputs = InputDiscovery.Discover(reader, paths, diagnostics);
        var files = new InputFileList(reader);

        var proxy = ReadProxySide(request, reader, inputs, files, diagnostics);
        var nodes = ReadNodes(request, reader, inputs, files, diagnostics);
        foreach (var web in inputs.Where(i => i.Kind == InputKind.WebXml))
        {
            files.Add(web.FullPath, "web.xml");
            if (TomcatNodeReader.ReadWebXml(reader, web.FullPath, diagnostics) is not null)
                diagnostics.Add(ConfigDiagnostics.StandaloneWebXml, InputDiscovery.At(reader, web.FullPath), reader.DisplayPath(web.FullPath));
        }

        var balancers = RouteBinding.Bind(proxy.Balancers, proxy.Mounts, nodes, diagnostics);
        filesRead = [.. reader.FilesRead];
        return new Topology
        {
            Files = files.ToImmutable(),
            HttpdServers = proxy.HttpdServers,
            Listens = proxy.Listens,
            VirtualHosts = proxy.VirtualHosts,
            Balancers = balancers,
            Mounts = proxy.Mounts,
            Nodes = nodes,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    /// <summary>The directory given, or the common parent of every path given (a file counts as its directory).</summary>
    public static string DisplayRoot(IReadOnlyList<string> paths, IConfigFileSystem fileSystem)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var dir = fileSystem.DirectoryExists(path) ? PathText.Normalize(path) : PathText.Directory(PathText.Normalize(path));
            common = common is null ? dir : CommonParent(common, dir);
        }

        return common ?? "/";
    }

    private static string CommonParent(string a, string b)
    {
        var x = a.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var y = b.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < x.Length && n < y.Length && x[n] == y[n])
            n++;
        return "/" + string.Join('/', x.Take(n));
    }

    private static ProxyTopology ReadProxySide(
        ImportRequest request, SourceReader reader, ImmutableArray<DiscoveredInput> inputs, InputFileList files, DiagnosticBag diagnostics)
    {
        var workers = inputs.Where(i => i.Kind == InputKind.WorkersProperties).Select(i => i.FullPath).ToList();
        var uriMaps = inputs.Where(i => i.Kind == InputKind.UriWorkerMap).Select(i => i.FullPath).ToList();
        foreach (var env in inputs.Where(i => i.Kind == InputKind.EnvVars))
            files.Add(env.FullPath, "envvars");
        var parts = new List<ProxyTopology>();
        var servers = ImmutableArray.CreateBuilder<HttpdServerSpec>();
        var mains = inputs.Where(i => i.Kind == InputKind.HttpdMain).ToList();
        foreach (var main in mains)
        {
            var httpd = HttpdConfigReader.Read(reader, main.FullPath, HttpdOptionsFor(request, reader, main.FullPath, files, diagnostics), diagnostics);
            files.AddRange(httpd.Files);
            files.Add(main.FullPath, "httpd");
            servers.Add(new HttpdServerSpec
            {
                MainFile = reader.DisplayPath(main.FullPath),
                ServerRoot = reader.DisplayPath(HttpdPaths.OnDisk(reader, httpd.ServerRoot)),
                LoadedModules = httpd.LoadedModules,
                Defines = httpd.Defines.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Source = new SourceSpan(reader.DisplayPath(main.FullPath), 1),
            });
            parts.Add(HttpdBinder.Bind(httpd, diagnostics));
            // Files the httpd config names itself (JkWorkersFile, JkMountFile) must not be read twice.
            var named = ModJkFiles.NamedBy(httpd);
            workers.RemoveAll(named.Contains);
            uriMaps.RemoveAll(named.Contains);
            parts.Add(ModJkBinder.Bind(httpd, [], [], reader, diagnostics));
        }

        if (workers.Count > 0 || uriMaps.Count > 0)
        {
            workers.ForEach(w => files.Add(w, "workers.properties"));
            uriMaps.ForEach(u => files.Add(u, "uriworkermap"));
            parts.Add(ModJkBinder.Bind(null, workers, uriMaps, reader, diagnostics));
        }

        return new ProxyTopology
        {
            HttpdServers = servers.ToImmutable(),
            Listens = [.. parts.SelectMany(p => p.Listens)],
            VirtualHosts = [.. parts.SelectMany(p => p.VirtualHosts)],
            Balancers = [.. parts.SelectMany(p => p.Balancers)],
            Mounts = [.. parts.SelectMany(p => p.Mounts)],
        };
    }

    private static HttpdOptions HttpdOptionsFor(ImportRequest request, SourceReader reader, string mainFile, InputFileList files, DiagnosticBag diagnostics)
    {
        // Debian's apache2ctl sources /etc/apache2/envvars before starting httpd.
        var envPath = request.EnvVarsFile is { } given ? PathText.Normalize(given) : PathText.Directory(mainFile).TrimEnd('/') + "/envvars";
        var envVars = ImmutableDictionary<string, string>.Empty;
        if (request.EnvVarsFile is not null || reader.FileSystem.FileExists(envPath))
        {
            files.Add(envPath, "envvars");
            envVars = EnvVarsFile.Read(reader, envPath, diagnostics);
        }

        return new HttpdOptions
        {
            ServerRoot = request.ServerRoot is { } root ? PathText.Normalize(root) : null,
            Defines = request.Defines.IsDefault ? [] : request.Defines,
            EnvVars = envVars,
        };
    }

    private static ImmutableArray<NodeSpec> ReadNodes(
        ImportRequest request, SourceReader reader, ImmutableArray<DiscoveredInput> inputs, InputFileList files, DiagnosticBag diagnostics)
    {
        var options = new TomcatOptions
        {
            Properties = request.Properties,
            Version = request.TomcatVersion ?? "10.1",
            VersionExplicit = request.TomcatVersion is not null,
        };
        var nodes = ImmutableArray.CreateBuilder<NodeSpec>();
        foreach (var input in inputs.Where(i => i.Kind == InputKind.ServerXml))
        {
            files.Add(input.FullPath, "server.xml");
            if (TomcatNodeReader.Read(reader, input.FullPath, options, diagnostics) is { } node)
                nodes.Add(node);
        }

        foreach (var owned in inputs.Where(i => i.Kind == InputKind.NodeOwned))
        {
            var kind = PathText.FileName(owned.FullPath) switch
            {
                "context.xml" => "context.xml",
                "catalina.properties" => "catalina.properties",
                "web.xml" => "web.xml",
                _ => null,
            };
            if (kind is not null)
                files.Add(owned.FullPath, kind);
        }

        return nodes.ToImmutable();
    }
}
