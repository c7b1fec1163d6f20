using System.Diagnostics;
using System.Globalization;
using System.Text;
using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.BalancerRun;

/// <summary>
/// <c>kill -HUP</c> to a <c>tomcatcompat run --only balancer</c> child process re-reads the config as
/// httpd's restart does (httpd-proxy.md §2.10): a good edit is served at once, a broken edit is
/// reported with file:line and the old configuration keeps serving, and the process lives on.
/// </summary>
public sealed class BalancerReloadSignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Run_only_balancer_SIGHUP_applies_a_good_edit_and_keeps_the_old_config_on_errors()
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGHUP is POSIX only");
        var kill = RealPrograms.Require("kill", "/usr/bin/kill", "/bin/kill");
        var dir = Directory.CreateTempSubdirectory("tc-balancer-hup-").FullName;
        var (p1, p2, port) = (BalancerRealHttpd.FreePort(), BalancerRealHttpd.FreePort(), BalancerRealHttpd.FreePort());
        await using var n1 = new BalancerEchoBackend("n1", p1);
        await using var n2 = new BalancerEchoBackend("n2", p2);
        await n1.StartAsync();
        await n2.StartAsync();
        var conf = BalancerRealHttpd.WriteConfig(dir, port, Body("/one", p1));
        using var process = Start(dir, conf);
        var output = new Output(process);
        try
        {
            using var client = new HttpClient { Timeout = Bound };
            var url = $"http://127.0.0.1:{port}";
            await output.WaitForAsync("balancer: http://");
            Assert.StartsWith("node=n1", await client.GetStringAsync(url + "/one/x"), StringComparison.Ordinal);

            BalancerRealHttpd.WriteConfig(dir, port, Body("/two", p2));
            ProcessRunner.Run(kill, ["-HUP", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await output.WaitForAsync("reload: reloaded");
            Assert.StartsWith("node=n2", await client.GetStringAsync(url + "/two/x"), StringComparison.Ordinal);
            Assert.Equal(404, (int)(await client.GetAsync(url + "/one/x")).StatusCode);

            var broken = Body("/two", p2) + "ProxyPassMatch \"^/three(\" balancer://c1/app\n";
            var line = File.ReadAllText(conf).Split('\n').Length;
            BalancerRealHttpd.WriteConfig(dir, port, broken);
            ProcessRunner.Run(kill, ["-HUP", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await output.WaitForAsync("reload refused");
            Assert.Contains(output.Lines, l => l.StartsWith(string.Create(CultureInfo.InvariantCulture, $"httpd.conf:{line}:"), StringComparison.Ordinal)
                && l.Contains(" error TC", StringComparison.Ordinal) && l.Contains("^/three(", StringComparison.Ordinal));
            Assert.StartsWith("node=n2", await client.GetStringAsync(url + "/two/x"), StringComparison.Ordinal);
            Assert.False(process.HasExited);
        }
        finally
        {
            if (!process.HasExited)
            {
                ProcessRunner.Run(kill, ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
                if (!process.WaitForExit(10_000))
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Body(string path, int member) => $"""
        <Proxy "balancer://c1">
          BalancerMember http://127.0.0.1:{member} route=m
        </Proxy>
        ProxyPass {path} balancer://c1/app

        """;

    private static Process Start(string dir, string conf)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tomcatcompat.dll"), "run", conf, "--only", "balancer" })
        {
            psi.ArgumentList.Add(a);
        }

        return Process.Start(psi) ?? throw new InvalidOperationException("cannot start tomcatcompat");
    }

    /// <summary>Both streams of the child, collected as they arrive.</summary>
    private sealed class Output
    {
        private readonly StringBuilder _text = new();
        private readonly Process _process;

        public Output(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public string[] Lines => Text.Split('\n');

        /// <summary>Waits (≤ 30 s) until a line contains every one of <paramref name="parts"/>.</summary>
        public async Task WaitForAsync(params string[] parts)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < Bound)
            {
                if (Text.Split('\n').Any(l => parts.All(p => l.Contains(p, StringComparison.Ordinal))))
                {
                    return;
                }

                Assert.False(_process.HasExited, "tomcatcompat exited:\n" + Text);
                await Task.Delay(50);
            }

            Assert.Fail($"no line with '{string.Join("', '", parts)}' within {Bound.TotalSeconds} s:\n{Text}");
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_text)
            {
                _text.Append(line).Append('\n');
            }
        }
    }
}
