using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TomcatCompat.Cli.Commands;
using TomcatCompat.Config.Json;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Cli.Tests;

/// <summary>Proves plain YARP 2.3 accepts <c>--format yarp</c>: config loads, validates, and a host starts with it.</summary>
public class YarpConfigLoadTests
{
    private static IConfiguration Load()
    {
        var json = ImportCommand.Format(TopologyRedactor.Redact(SampleTopology.Create()), "yarp");
        return new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
    }

    [Fact]
    public async Task Yarp_LoadFromConfig_reads_routes_and_clusters_and_validates_them()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouting();
        services.AddReverseProxy().LoadFromConfig(Load().GetSection("ReverseProxy"));
        await using var provider = services.BuildServiceProvider();
        var config = provider.GetRequiredService<IProxyConfigProvider>().GetConfig();

        Assert.Equal(["route-2", "route-3", "route-4"], config.Routes.Select(r => r.RouteId).Order(StringComparer.Ordinal));
        Assert.Equal(["direct-http-10.0.0.9-8080", "mycluster"], config.Clusters.Select(c => c.ClusterId).Order(StringComparer.Ordinal));
        var app = config.Routes.Single(r => r.RouteId == "route-2");
        Assert.Equal(("/app/{**catch-all}", 2, "mycluster"), (app.Match.Path, app.Order, app.ClusterId));
        Assert.Equal(["www.example.com", "example.com"], app.Match.Hosts!);
        var cluster = config.Clusters.Single(c => c.ClusterId == "mycluster");
        Assert.Equal("RoundRobin", cluster.LoadBalancingPolicy);
        Assert.Equal("ajp://127.0.0.1:8010", cluster.Destinations!["node2"].Address);
        Assert.Equal("DS", cluster.Destinations["node2"].Metadata!["status"]);
        Assert.Equal("JSESSIONID|jsessionid", cluster.Metadata!["stickysession"]);

        var validator = provider.GetRequiredService<IConfigValidator>();
        foreach (var route in config.Routes)
            Assert.Empty(await validator.ValidateRouteAsync(route));
        foreach (var c in config.Clusters)
            Assert.Empty(await validator.ValidateClusterAsync(c));
    }

    [Fact]
    public async Task Yarp_host_on_loopback_port_0_starts_with_the_config()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddReverseProxy().LoadFromConfig(Load().GetSection("ReverseProxy"));
        await using var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        try
        {
            var lookup = app.Services.GetRequiredService<IProxyStateLookup>();
            Assert.Equal(3, lookup.GetRoutes().Count());
            Assert.Equal(2, lookup.GetClusters().Count());
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
