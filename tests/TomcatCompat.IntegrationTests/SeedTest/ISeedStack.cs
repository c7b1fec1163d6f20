namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>A running seed cluster (balancer + tomcat1 + tomcat2), real or TomcatCompat, as the seed scenario drives it.</summary>
internal interface ISeedStack : IAsyncDisposable
{
    /// <summary>The balancer's base URL, e.g. http://127.0.1.3:25180.</summary>
    string BalancerUrl { get; }

    /// <summary>The node's own HTTP connector, e.g. http://127.0.0.1:25381.</summary>
    string NodeUrl(string route);

    /// <summary>kill -9 of the node's process (found by its pid), waiting until it is gone.</summary>
    Task KillAsync(string route);

    /// <summary>Starts the node again and returns once it answers (state transfer included).</summary>
    Task RestartAsync(string route);
}
