using System.Text;
using CsCheck;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdFuzzTests
{
    private const string Sample = """
        ServerRoot "/etc/httpd"
        LoadModule proxy_module modules/mod_proxy.so
        Define PORT 8080
        Include conf.d/*.conf
        <IfModule mod_proxy.c>
          <Proxy "balancer://c1">
            BalancerMember http://a:${PORT} route=a \
              loadfactor=2
          </Proxy>
        </IfModule>
        <IfVersion >= 2.4>
        ProxyPass / balancer://c1/ # note
        </IfVersion>
        <VirtualHost *:80>
        <Location /x>
        </Location>
        </VirtualHost>
        """;

    private static void AssertWellFormed(byte[] main)
    {
        var fs = new InMemoryFileSystem()
            .Add("/srv/httpd.conf", main)
            .Add("/srv/etc/httpd/conf.d/a.conf", main)
            .Add("/srv/etc/httpd/conf.d/b.conf", "Include conf.d/a.conf\n<Proxy *>\n");
        var bag = new DiagnosticBag();
        HttpdConfigReader.Read(new SourceReader(fs, "/srv"), "/srv/httpd.conf", new HttpdOptions(), bag);
        EnvVarsFile.Read(new SourceReader(fs, "/srv"), "/srv/httpd.conf", bag);
        foreach (var d in bag.ToImmutable())
        {
            Assert.True(d.Span.Line > 0, d.ToString());
            Assert.False(string.IsNullOrEmpty(d.Span.File), d.ToString());
            Assert.False(d.Span.File.StartsWith('/'), d.ToString());
        }
    }

    [Fact]
    public void Reader_random_text_never_throws_and_locates_every_diagnostic()
    {
        var chars = Gen.Char["<>/\\\"' #${}!*?[]\n\r\tabcPLI:.=~-"];
        Gen.String[chars, 0, 200].Sample(s => AssertWellFormed(Encoding.UTF8.GetBytes(s)), iter: 300);
    }

    [Fact]
    public void Reader_mutated_sample_never_throws_and_locates_every_diagnostic()
    {
        var sample = Encoding.UTF8.GetBytes(Sample);
        Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 8].Sample(mutations =>
        {
            var bytes = sample.ToList();
            foreach (var (at, value, kind) in mutations)
            {
                var i = Math.Min(at, bytes.Count - 1);
                if (kind == 0 && bytes.Count > 1) bytes.RemoveAt(i);
                else if (kind == 1) bytes.Insert(i, value);
                else bytes[i] = value;
            }

            AssertWellFormed([.. bytes]);
        }, iter: 300);
    }
}
