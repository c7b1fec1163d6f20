using Xunit;

namespace TomcatCompat.Testing;

/// <summary>
/// Tests that need a real program (apache2, tomcat10, redis-server) call <see cref="Require"/>:
/// when the program is missing the test is skipped with a visible reason, unless
/// TOMCATCOMPAT_REQUIRE_REAL=1 (as .ci/run sets), where a missing program is a failure.
/// </summary>
public static class RealPrograms
{
    public static bool RequireReal => Environment.GetEnvironmentVariable("TOMCATCOMPAT_REQUIRE_REAL") == "1";

    /// <summary>Returns the program's full path, or skips/fails the test.</summary>
    public static string Require(string program, params string[] candidates)
    {
        foreach (var c in candidates.Append(program))
        {
            var found = c.Contains('/') ? (File.Exists(c) ? c : null) : FindOnPath(c);
            if (found is not null)
                return found;
        }

        var reason = $"{program} is not installed (apt-get install {program}); set up by .ci/run";
        if (RequireReal)
            Assert.Fail($"TOMCATCOMPAT_REQUIRE_REAL=1 but {reason}");
        throw new SkipException(reason);
    }

    private static string? FindOnPath(string name)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"]);
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }
}
