using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// What every element reader of one file needs: the file (for spans), property substitution,
/// the target Tomcat version and the diagnostic bag. Resolves className and attributes the way
/// Tomcat's digester does (see TomcatReadContext.Attributes.cs).
/// </summary>
internal sealed partial class TomcatReadContext
{
    public TomcatReadContext(SourceFile file, PropertySubstitution properties, TomcatVersion version, bool versionExplicit, DiagnosticBag diagnostics)
    {
        File = file;
        Properties = properties;
        Version = version;
        VersionExplicit = versionExplicit;
        Diagnostics = diagnostics;
    }

    public SourceFile File { get; }

    public PropertySubstitution Properties { get; }

    public TomcatVersion Version { get; }

    public bool VersionExplicit { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Reads files an attribute names (Redisson's configPath); null when reading a lone file.</summary>
    public SourceReader? Reader { get; init; }

    public TomcatReadContext For(SourceFile file) => new(file, Properties, Version, VersionExplicit, Diagnostics) { Reader = Reader };

    /// <summary>
    /// Parses <see cref="File"/> and returns its root element when it is <paramref name="rootName"/>;
    /// null (with the parse error or TC1401 reported) otherwise. <paramref name="fileKind"/> names the file in the message.
    /// </summary>
    public XElement? LoadRoot(string fileKind, string rootName)
    {
        var root = XmlLoader.Load(File, Diagnostics);
        if (root is null || Name(root) == rootName)
            return root;
        Report(ConfigDiagnostics.XmlWrongRoot, root, File.DisplayPath, Name(root), fileKind, rootName);
        return null;
    }

    public SourceSpan At(XObject node) => XmlPosition.Span(File, node);

    public void Report(DiagnosticDescriptor descriptor, XObject at, params object?[] args) =>
        Diagnostics.Add(descriptor, At(at), args);

    /// <summary>An attribute's value after ${...} substitution, or null when absent.</summary>
    public string? Value(XElement element, string name)
    {
        var a = element.Attribute(name);
        return a is null ? null : Properties.Apply(a.Value, At(a), Diagnostics, IsSecret(name));
    }

    /// <summary>The element's text after substitution, trimmed.</summary>
    public string Text(XElement element) => Properties.Apply(element.Value, At(element), Diagnostics).Trim();

    public static string Name(XElement element) => element.Name.LocalName;

    /// <summary>
    /// The object an element creates: className resolved (default <paramref name="defaultClass"/>),
    /// checked against the slot and the target version, attributes converted. Null only when a
    /// required className is missing (TC2403, Tomcat refuses to start).
    /// </summary>
    public ComponentSpec? Component(XElement element, string path, ClassSlot slot, string? defaultClass, string? suggestion = null)
    {
        var name = Name(element);
        var className = Value(element, "className");
        if (string.IsNullOrEmpty(className))
        {
            if (defaultClass is null)
            {
                Report(ConfigDiagnostics.MissingClassName, element, name, path, suggestion ?? "...");
                return null;
            }

            className = defaultClass;
        }

        var info = ClassNameAliases.Find(className);
        var kind = info?.Kind ?? ClassNameAliases.SimpleName(className);
        if (info is null)
        {
            Report(ClassNameAliases.IsTomcatPackage(className) ? ConfigDiagnostics.UnknownClass : ConfigDiagnostics.UnsupportedCustomClass, element, name, className);
        }
        else
        {
            CheckClass(element, path, slot, info);
        }

        return new ComponentSpec
        {
            ClassName = className,
            Kind = kind,
            Attributes = Attributes(element, info?.SimpleName ?? kind, AttributeTable.For(kind)),
            Source = At(element),
        };
    }

    private void CheckClass(XElement element, string path, ClassSlot slot, ClassInfo info)
    {
        var name = Name(element);
        if ((info.Slots & slot) == 0)
            Report(ConfigDiagnostics.WrongClassForSlot, element, name, path, info.ClassName, SlotName(slot));
        if (!info.AvailableIn(Version))
        {
            var removed = info.RemovedIn is { } r && Version >= r;
            var advice = VersionExplicit
                ? removed ? info.Successor is { } s ? $"use {s}" : "remove it" : $"use Tomcat {info.Since} or later"
                : removed && info.Successor is not null
                    ? $"TomcatCompat reads it as {info.Kind}; rename it to {info.Successor}"
                    : "TomcatCompat reads it anyway; check --tomcat-version";
            Report(
                VersionExplicit ? ConfigDiagnostics.ClassNotInVersion : ConfigDiagnostics.LegacyClassAliased,
                element, name, info.ClassName, Version, info.AvailabilityNote(Version), advice);
        }

        if (info.Support == ClassSupport.Unsupported)
            ReportUnsupported(element, info);
    }

    private void ReportUnsupported(XElement element, ClassInfo info)
    {
        if ((info.Slots & ClassSlot.Realm) != 0)
            Report(ConfigDiagnostics.UnsupportedRealm, element, info.SimpleName);
        else if ((info.Slots & ClassSlot.Deployer) != 0)
            Report(ConfigDiagnostics.UnsupportedFarmDeployer, element);
        else if ((info.Slots & (ClassSlot.ClusterManager | ClassSlot.ContextManager)) != 0)
            Report(ConfigDiagnostics.UnsupportedManager, element, info.SimpleName);
        else if ((info.Slots & ClassSlot.Context) != 0)
            Report(ConfigDiagnostics.UnsupportedContextClass, element, info.ClassName, "ServletContext attributes are not replicated");
        else if ((info.Slots & ClassSlot.Valve) != 0)
            Report(ConfigDiagnostics.UnsupportedValve, element, info.SimpleName);
        else
            Report(ConfigDiagnostics.UnsupportedClusterPart, element, Name(element), info.SimpleName, UnsupportedAdvice(info.SimpleName));
    }

    private static string UnsupportedAdvice(string simpleName) => simpleName switch
    {
        "CloudMembershipService" => "use McastService or StaticMembershipService",
        "JvmRouteSessionIDBinderListener" => "JvmRouteBinderValve alone does its job",
        _ => "it is not needed for session replication, remove it",
    };

    private static string SlotName(ClassSlot slot) => slot switch
    {
        ClassSlot.ClusterManager => "ClusterManager (DeltaManager or BackupManager)",
        ClassSlot.ContextManager => "session Manager",
        ClassSlot.Channel => "Channel (GroupChannel)",
        ClassSlot.Membership => "MembershipService",
        ClassSlot.StaticMember => "StaticMember",
        ClassSlot.Sender => "ChannelSender (ReplicationTransmitter)",
        ClassSlot.Transport => "MultiPointSender (PooledParallelSender)",
        ClassSlot.Receiver => "ChannelReceiver (NioReceiver)",
        ClassSlot.Interceptor => "ChannelInterceptor",
        ClassSlot.ClusterValve or ClassSlot.Valve => "Valve",
        ClassSlot.LifecycleListener => "LifecycleListener",
        ClassSlot.ClusterListener => "ClusterListener",
        _ => slot.ToString(),
    };
}
