using System.Text;
using TomcatCompat.Config.Httpd.Syntax;
using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

/// <summary>Size, not speed, is asserted here (no timing assertions); bench/ measures the time.</summary>
public sealed class HttpdScaleTests
{
    [Fact]
    public void Reader_100000_line_config_with_2000_member_balancer_reads_completely()
    {
        var sb = new StringBuilder(Modules);
        sb.Append("<Proxy \"balancer://big\">\n");
        for (var m = 0; m < 2000; m++)
            sb.Append("  BalancerMember http://10.0.").Append(m / 250).Append('.').Append(m % 250).Append(":8080 route=n").Append(m).Append('\n');
        sb.Append("</Proxy>\n");
        var vhosts = 0;
        while (sb.Length < 4_000_000 && CountLines(sb) < 100_000)
        {
            sb.Append("<VirtualHost *:80>\n  ServerName v").Append(vhosts).Append(".example\n");
            for (var p = 0; p < 20; p++)
                sb.Append("  ProxyPass /p").Append(p).Append(" balancer://big/p").Append(p).Append(" timeout=5\n");
            sb.Append("</VirtualHost>\n");
            vhosts++;
        }

        var text = sb.ToString();
        var (config, diags) = Read(text);
        Assert.Empty(diags);
        var big = Assert.IsType<SectionNode>(config.Nodes[2]);
        Assert.Equal(2000, big.Children.Length);
        Assert.Equal(vhosts, config.Nodes.Count(n => n is SectionNode { Name: "VirtualHost" }));
    }

    private static int CountLines(StringBuilder sb) => sb.Length / 40; // ~40 bytes per generated line
}
