using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2556: <c>channelSendOptions</c> asks for <c>async</c> (8), but the interceptor stack has no
/// MessageDispatchInterceptor, so Tomcat sends synchronously on the request thread anyway
/// (tomcat-cluster.md §3.1, §11.2). Writing any <c>&lt;Interceptor&gt;</c> removes Tomcat's
/// implicit MessageDispatchInterceptor (§2), which is how configs lose it.
/// </summary>
internal sealed class AsyncWithoutDispatcher : ILintRule
{
    private const int Async = 8;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2556", DiagnosticSeverity.Warning, "async send option without MessageDispatchInterceptor",
        "<Cluster> channelSendOptions=\"{0}\" asks for async sends, but the <Channel> has no MessageDispatchInterceptor, so Tomcat sends synchronously; add <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor\"/>");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            // Only DeltaManager traffic uses channelSendOptions; BackupManager sends with mapSendOptions.
            if ((cluster.ChannelSendOptions & Async) == 0 || cluster.Manager.Kind != "DeltaManager")
                continue;
            var dispatcher = false;
            foreach (var i in CrossFileFacts.Safe(cluster.Channel.Interceptors))
                dispatcher |= i.Component.Kind == "MessageDispatchInterceptor";
            if (!dispatcher)
                diagnostics.Add(Rule, CrossFileFacts.At(cluster.Source, node.Source), cluster.ChannelSendOptions.ToString(CultureInfo.InvariantCulture));
        }
    }
}
