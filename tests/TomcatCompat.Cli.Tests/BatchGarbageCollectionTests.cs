namespace TomcatCompat.Cli.Tests;

public class BatchGarbageCollectionTests
{
    [Fact]
    public void InputBytes_counts_named_files_only_and_ignores_directories_options_and_missing_paths()
    {
        var dir = Directory.CreateTempSubdirectory("tc-batchgc-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.conf");
            var b = Path.Combine(dir.FullName, "b.conf");
            File.WriteAllText(a, new string('x', 1000));
            File.WriteAllText(b, new string('y', 234));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "c.conf"), new string('z', 5000));

            var bytes = BatchGarbageCollection.InputBytes([a, "--format", "json", b, dir.FullName, Path.Combine(dir.FullName, "missing.conf"), "\0bad"]);

            Assert.Equal(1234, bytes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
