namespace TomcatCompat.Config.Text;

/// <summary>Path arithmetic on '/'-separated absolute paths, independent of the host OS.</summary>
public static class PathText
{
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        var absolute = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
                continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else if (part != ".." || !absolute)
                parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return absolute ? "/" + joined : joined;
    }

    /// <summary>Joins <paramref name="relative"/> to <paramref name="baseDirectory"/> unless it is already absolute.</summary>
    public static string Combine(string baseDirectory, string relative) =>
        relative.StartsWith('/') ? Normalize(relative) : Normalize(baseDirectory.TrimEnd('/') + "/" + relative);

    public static string Directory(string path)
    {
        var i = path.TrimEnd('/').LastIndexOf('/');
        return i <= 0 ? "/" : path[..i];
    }

    public static string FileName(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];

    /// <summary>Path of <paramref name="fullPath"/> relative to <paramref name="root"/>, using "../" when it lies outside.</summary>
    public static string Relative(string root, string fullPath)
    {
        var r = Normalize(root).TrimEnd('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var f = Normalize(fullPath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (f.SequenceEqual(r))
            return f.Length == 0 ? "." : f[^1];
        var common = 0;
        while (common < r.Length && common < f.Length && r[common] == f[common])
            common++;
        return string.Join('/', Enumerable.Repeat("..", r.Length - common).Concat(f.Skip(common)));
    }
}
