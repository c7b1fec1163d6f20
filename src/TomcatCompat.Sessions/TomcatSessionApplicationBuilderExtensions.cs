using TomcatCompat.Sessions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the Tomcat session pipeline (JvmRouteBinderValve, session lookup, ReplicationValve).</summary>
public static class TomcatSessionApplicationBuilderExtensions
{
    /// <summary>Gives <c>HttpContext.Session</c> a replicated Tomcat session; needs <c>services.AddTomcatCluster(...)</c>.</summary>
    public static IApplicationBuilder UseTomcatSessions(this IApplicationBuilder app) => app.UseMiddleware<TomcatSessionMiddleware>();
}
