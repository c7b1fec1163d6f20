using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// A copy of the stock Debian /etc/apache2 in a temp dir with the proxy modules, mod_headers and
/// mod_info (for DUMP_CONFIG) enabled and a balancer site added — the tree both the real
/// apache2ctl and our reader look at. Nothing is started: apache2ctl runs only -t/-S.
/// </summary>
internal sealed class DebianApacheTree : IDisposable
{
    public const string BalancerSite = """
        Listen 127.0.0.1:18181
        <VirtualHost 127.0.0.1:18181>
          ServerName bal.local
          ServerAlias www.bal.local
          <Proxy balancer://c1>
            BalancerMember http://127.0.0.1:19001 route=a
            BalancerMember ajp://127.0.0.1:19009 route=b
            ProxySet stickysession=JSESSIONID|jsessionid
          </Proxy>
          ProxyPass /balancer-manager !
          ProxyPass /app balancer://c1/app
          ProxyPassMatch ^/(.*\.jsp)$ balancer://c1/$1
          <Location /loc>
            ProxyPass balancer://c1/loc
          </Location>
          <Location /balancer-manager>
            SetHandler balancer-manager
            Require local
          </Location>
        </VirtualHost>
        <VirtualHost 127.0.0.1:18181>
          ServerName second.local
        </VirtualHost>
        ProxyPass /main-rule http://127.0.0.1:19002/

        """;

    private static readonly string[] Modules =
        ["proxy", "proxy_http", "proxy_ajp", "proxy_balancer", "lbmethod_byrequests", "slotmem_shm", "headers", "info"];

    public DebianApacheTree()
    {
        Base = Directory.CreateTempSubdirectory("tc-debian-apache2-").FullName;
        ConfDir = Path.Combine(Base, "apache2");
        var copy = ProcessRunner.Run("cp", ["-a", "/etc/apache2", ConfDir]);
        Assert.True(copy.ExitCode == 0, copy.StdErr);
        foreach (var m in Modules)
        {
            foreach (var ext in new[] { "load", "conf" })
            {
                var target = Path.Combine(ConfDir, "mods-available", $"{m}.{ext}");
                var link = Path.Combine(ConfDir, "mods-enabled", $"{m}.{ext}");
                if (File.Exists(target) && !File.Exists(link))
                    File.CreateSymbolicLink(link, $"../mods-available/{m}.{ext}");
            }
        }

        File.WriteAllText(Path.Combine(ConfDir, "sites-enabled", "zz-balancer.conf"), BalancerSite);
    }

    public string Base { get; }

    public string ConfDir { get; }

    public ProcessRunner.Result Ctl(params string[] args) =>
        ProcessRunner.Run(RealPrograms.Require("apache2ctl", "/usr/sbin/apache2ctl"), args, new Dictionary<string, string> { ["APACHE_CONFDIR"] = ConfDir });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp dir is harmless
        }
    }
}
