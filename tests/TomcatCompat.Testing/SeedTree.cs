using System.Globalization;
using System.Text.RegularExpressions;

namespace TomcatCompat.Testing;

/// <summary>
/// A temp copy of <c>conf-samples/seed</c> (or another sample) whose Tomcat ports are moved into a test's
/// own port block, so tests of several helpers and classes can run <c>run --local</c> side by side:
/// shutdown 8005 → base+5, HTTP 8080 → base+8, AJP 8009 → base+9, Receiver 4000 → base+40; the
/// balancer's Listen 80 moves with <c>--port-offset base</c> (→ base+80). Nothing else is changed.
/// </summary>
public sealed partial class SeedTree : IDisposable
{
    private SeedTree(string root, int portBase)
    {
        Root = root;
        PortBase = portBase;
    }

    /// <summary>The copy's root: the PATH for <c>run</c>.</summary>
    public string Root { get; }

    /// <summary>The block's first port; pass it as <c>--port-offset</c>.</summary>
    public int PortBase { get; }

    public string PortOffset => PortBase.ToString(CultureInfo.InvariantCulture);

    /// <summary>The repository's <c>conf-samples/NAME</c>, found from the test binary upwards.</summary>
    public static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var sample = Path.Combine(dir.FullName, "conf-samples", name);
            if (Directory.Exists(sample))
                return sample;
        }

        throw new InvalidOperationException("conf-samples/" + name + " not found above " + AppContext.BaseDirectory);
    }

    /// <param name="edit">Another change to every file's text after the ports moved (e.g. channelSendOptions), or null.</param>
    public static SeedTree Copy(int portBase, string sample = "seed", Func<string, string>? edit = null)
    {
        var source = Sample(sample);
        var root = Directory.CreateTempSubdirectory("tomcatcompat-seed-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            var moved = MovePorts(text, portBase);
            File.WriteAllText(target, edit is null ? moved : edit(moved));
        }

        return new SeedTree(root, portBase);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static string MovePorts(string text, int portBase) => PortPattern().Replace(text, m =>
    {
        var moved = m.Groups["port"].Value switch
        {
            "8005" => portBase + 5,
            "8080" => portBase + 8,
            "8009" => portBase + 9,
            _ => portBase + 40,
        };
        return m.Value.Replace(m.Groups["port"].Value, moved.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    });

    // port="N" in server.xml (not redirectPort: case-sensitive, word boundary), :N in member URLs.
    [GeneratedRegex("""(\bport="(?<port>8005|8080|8009|4000)")|(:(?<port>8009|8080)\b)""")]
    private static partial Regex PortPattern();
}
