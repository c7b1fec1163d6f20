using Microsoft.Extensions.DependencyInjection;
using TomcatCompat.Balancer.Forwarding;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Transforms;

namespace TomcatCompat.Balancer;

/// <summary>All DI wiring of the balancer: YARP from the mapped topology plus the httpd policies.</summary>
public static class BalancerServiceCollectionExtensions
{
    /// <summary>Registers YARP for <paramref name="topology"/> with httpd's balancing semantics.</summary>
    public static IServiceCollection AddTomcatCompatBalancer(this IServiceCollection services, Topology topology, TimeProvider? time = null) =>
        services.AddTomcatCompatBalancer(TopologyToYarp.Map(topology), time ?? TimeProvider.System);

    internal static IServiceCollection AddTomcatCompatBalancer(this IServiceCollection services, YarpMapping mapping, TimeProvider time)
    {
        services.AddSingleton(time);
        services.AddSingleton(new BalancerRegistry(mapping));
        services.AddSingleton<ILoadBalancingPolicy, ByRequestsLoadBalancingPolicy>();
        services.AddSingleton<ILoadBalancingPolicy, ByTrafficLoadBalancingPolicy>();
        services.AddSingleton<ILoadBalancingPolicy, ByBusynessLoadBalancingPolicy>();
        services.AddSingleton<IForwarderHttpClientFactory, BalancerHttpClientFactory>();
        services.AddReverseProxy()
            .LoadFromMemory([.. mapping.Routes], [.. mapping.Clusters])
            .AddTransforms(builder =>
            {
                builder.AddRequestTransform(BackendPathTransform.ApplyAsync);
                builder.AddRequestTransform(ProxyHeaderTransforms.ApplyRequestAsync);
                builder.AddRequestTransform(AjpRequestTransform.ApplyAsync);
                builder.AddResponseTransform(ProxyHeaderTransforms.ApplyResponseAsync);
            });
        services.AddSingleton<HealthChecker>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthChecker>());
        return services;
    }
}
