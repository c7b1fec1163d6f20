using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// Two TomcatCompat nodes serving only AJP/1.3 (secret required, static membership, the session test
/// page), each a separate <c>tomcatcompat run --only node NAME</c> OS process, so kill -9 is real.
/// Every process is stopped by its PID.
/// </summary>
internal sealed class AjpNodePair : IDisposable
{
    public const string Secret = "s3cret-ajp";

    private readonly Process?[] _nodes = new Process?[2];

    public AjpNodePair(int firstAjpPort, int firstReceiverPort)
    {
        Root = Path.Combine(Path.GetTempPath(), "tc-ajp-" + Guid.NewGuid().ToString("N"));
        AjpPorts = [firstAjpPort, firstAjpPort + 1];
        ReceiverPorts = [firstReceiverPort, firstReceiverPort + 1];
        for (var i = 0; i < 2; i++)
        {
            var dir = Path.Combine(Root, "tomcat" + (i + 1).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.Combine(dir, "conf"));
            Directory.CreateDirectory(Path.Combine(dir, "webapps", "test", "WEB-INF"));
            File.WriteAllText(Path.Combine(dir, "conf", "server.xml"), ServerXml(i));
            File.WriteAllText(Path.Combine(dir, "webapps", "test", "WEB-INF", "web.xml"),
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"><distributable/></web-app>");
            File.WriteAllText(Path.Combine(dir, "webapps", "test", "index.jsp"), "<%= session.getId() %>");
        }

        try
        {
            for (var i = 0; i < 2; i++)
                _nodes[i] = StartNode(i);
            for (var i = 0; i < 2; i++)
                WaitForPort(AjpPorts[i], _nodes[i]!);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Root { get; }

    public int[] AjpPorts { get; }

    public int[] ReceiverPorts { get; }

    /// <summary>SIGKILL to node <paramref name="index"/> (0-based): no shutdown message reaches its peer.</summary>
    public void Kill9(int index)
    {
        if (_nodes[index] is { HasExited: false } p)
        {
            // Process.Kill sends SIGKILL on Linux.
            p.Kill();
            Assert.True(p.WaitForExit(10_000), "the killed node did not exit");
        }
    }

    public void Dispose() => StaticTribesCluster.Stop(_nodes, Root);

    private Process StartNode(int i)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "tomcatcompat.dll");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "run", Root, "--only", "node", "tomcat" + (i + 1).ToString(CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start tomcatcompat");
        var log = Path.Combine(Root, "tomcat" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".log");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(string path, string? line)
    {
        if (line is null)
            return;
        lock (typeof(AjpNodePair))
            File.AppendAllText(path, line + "\n");
    }

    /// <summary>What the node processes printed (for failure messages).</summary>
    public string Logs => string.Join("\n", Directory.GetFiles(Root, "*.log").Select(f => f + ":\n" + File.ReadAllText(f)));

    private void WaitForPort(int port, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(process.HasExited, "tomcatcompat node exited: " + Logs);
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Assert.Fail($"the node did not open AJP port {port} within 90 s: {Logs}");
    }

    private string ServerXml(int i)
    {
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{AjpPorts[i]}" protocol="AJP/1.3" secret="{Secret}"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat{i + 1}">
                  {StaticTribesCluster.Xml(ReceiverPorts, i)}
                  <Host name="localhost" appBase="webapps"/>
                </Engine>
              </Service>
            </Server>
            """;
    }
}
