using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// mod_jk: reads the workers file named by <c>JkWorkersFile</c> (or given directly), the
/// <c>JkMountFile</c>/uriworkermap files, and the Jk* directives of an httpd config.
/// </summary>
public static class ModJkBinder
{
    /// <summary>Binds mod_jk's configuration into balancers and mounts; never throws on bad input.</summary>
    /// <param name="httpd">The httpd config carrying Jk* directives, if any.</param>
    /// <param name="workersFiles">workers.properties files given directly on the command line.</param>
    /// <param name="uriWorkerMapFiles">uriworkermap.properties files given directly.</param>
    public static ProxyTopology Bind(
        HttpdConfig? httpd,
        IReadOnlyList<string> workersFiles,
        IReadOnlyList<string> uriWorkerMapFiles,
        SourceReader reader,
        DiagnosticBag diagnostics)
    {
        // Collected locally: a worker in two lbs is mapped twice, its problems are reported once.
        var d = new DiagnosticBag();
        var directives = httpd is null ? Empty() : JkDirectives.Collect(httpd.Nodes, d);
        if (directives.FirstSpan is null && workersFiles.Count == 0 && uriWorkerMapFiles.Count == 0)
            return ProxyTopology.Empty; // no mod_jk in this config: mod_jk's own defaults (worker.list=ajp13) do not apply
        var serverRoot = httpd?.ServerRoot ?? reader.Root;
        var parser = new WorkersPropertiesParser(reader.FileSystem, d);

        var haveFile = false;
        for (var i = 0; i < directives.WorkersFiles.Count; i++)
        {
            var (path, span) = directives.WorkersFiles[i];
            if (i > 0)
            {
                d.Add(ConfigDiagnostics.JkWorkersFileTwice, span, path);
                continue;
            }

            var full = HttpdPaths.Resolve(reader, serverRoot, path);
            if (!reader.FileSystem.FileExists(full))
            {
                d.Add(ConfigDiagnostics.JkWorkersFileMissing, span, path);
                continue;
            }

            haveFile |= Read(reader, full, span, d) is { } file && Add(parser, file);
        }

        foreach (var path in workersFiles)
            haveFile |= Read(reader, path, SourceSpan.None("command line"), d) is { } file && Add(parser, file);
        foreach (var line in directives.WorkerProperties)
            parser.Add(line);
        if (directives.FirstSpan is { } first && !haveFile && directives.WorkerProperties.Count == 0)
            d.Add(ConfigDiagnostics.JkNoWorkersFile, first);

        if (parser.Properties.Get("worker.maintain") is { } maintain)
            d.Add(ConfigDiagnostics.JkDirectiveUnsupported, maintain.Span, "worker.maintain");
        WorkerReferenceResolver.Resolve(parser.Properties, d);
        var workers = JkWorkerSet.From(parser.Properties);
        var balancers = new List<BalancerSpec>();
        var types = ModJkMapping.MapBalancers(workers, balancers, d);

        var rules = directives.Rules;
        foreach (var scope in directives.Scopes)
        {
            foreach (var (path, span) in scope.MountFiles)
            {
                if (Read(reader, HttpdPaths.Resolve(reader, serverRoot, path), span, d) is { } file)
                    UriWorkerMapParser.Parse(file, scope.Id, rules, d);
            }
        }

        foreach (var path in uriWorkerMapFiles)
        {
            if (Read(reader, path, SourceSpan.None("command line"), d) is { } file)
                UriWorkerMapParser.Parse(file, "main", rules, d);
        }

        foreach (var name in workers.List)
        {
            if (workers.Find(name)?.Get("mount") is { } mount)
            {
                foreach (var pattern in JkValues.SplitList(mount.Value))
                    JkRuleText.Add(rules, "main", MountKind.JkMount, JkRuleSource.WorkerMount, pattern, name, exclude: false, mount.Span, d);
            }
        }

        var mounts = JkMountOrder.Build(rules, directives, types, d);
        var seen = new HashSet<Diagnostic>();
        foreach (var diagnostic in d.ToImmutable())
        {
            if (seen.Add(diagnostic))
                diagnostics.Add(diagnostic);
        }

        return new ProxyTopology { Balancers = [.. balancers], Mounts = mounts };
    }

    private static JkDirectiveSet Empty()
    {
        var set = new JkDirectiveSet();
        set.Scopes.Add(new JkScope("main", SourceSpan.None("main")));
        return set;
    }

    private static SourceFile? Read(SourceReader reader, string fullPath, SourceSpan requestedAt, DiagnosticBag d) =>
        reader.Read(fullPath, requestedAt, d);

    private static bool Add(WorkersPropertiesParser parser, SourceFile file)
    {
        parser.AddFile(file);
        return true;
    }
}
