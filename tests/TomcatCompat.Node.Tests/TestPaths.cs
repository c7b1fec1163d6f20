namespace TomcatCompat.Node.Tests;

/// <summary>Where the repository's conf-samples are, found from the test binary upwards.</summary>
internal static class TestPaths
{
    public static string Seed
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seed = Path.Combine(dir.FullName, "conf-samples", "seed");
                if (Directory.Exists(seed))
                    return seed;
            }

            throw new InvalidOperationException("conf-samples/seed not found above " + AppContext.BaseDirectory);
        }
    }
}
