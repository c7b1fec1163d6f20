using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Transforms;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// Sends the path httpd would send (§2.4): the rule's target path plus the remainder after the
/// matched prefix (or the ProxyPassMatch substitution), instead of YARP's unchanged request path.
/// </summary>
internal static class BackendPathTransform
{
    public static ValueTask ApplyAsync(RequestTransformContext context)
    {
        if (context.HttpContext.Features.Get<BalancerRequest>() is { } request)
        {
            var path = request.BackendPath;
            // httpd would glue "/app/" + "http://b" into "http://bx"; a URI path must start with '/'.
            context.Path = path.Length == 0 || path[0] == '/' ? new PathString(path) : new PathString("/" + path);
            if (request.NoQuery)
            {
                context.Query.Collection.Clear();
            }
        }

        return ValueTask.CompletedTask;
    }
}
