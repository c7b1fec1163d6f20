using System.CommandLine;

namespace TomcatCompat.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("tomcatcompat: run an httpd + Tomcat cluster from its real config files on .NET");
        return root.Parse(args).Invoke();
    }
}
