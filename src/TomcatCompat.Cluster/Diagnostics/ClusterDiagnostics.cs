using System.Collections.Immutable;
using System.Reflection;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Cluster.Diagnostics;

/// <summary>
/// Codes TC4300–TC4399: what <see cref="Configuration.ClusterFactory"/> finds when it turns a
/// ClusterSpec into a live channel and manager: parts it does not run, and start failures it
/// reproduces. Codes are permanent; severity is certainty (error = the cluster does not start).
/// </summary>
public static class ClusterDiagnostics
{
    public static readonly DiagnosticDescriptor MulticastMembership = new(
        "TC4300", DiagnosticSeverity.Warning, "Multicast membership not emulated",
        "unsupported: <Membership> McastService (address=\"{0}\" port=\"{1}\") is not emulated; this node starts with no other members and replicates nothing; use StaticMembershipService with a <Member> per node");

    public static readonly DiagnosticDescriptor MembershipNotEmulated = new(
        "TC4301", DiagnosticSeverity.Warning, "Membership service not emulated",
        "unsupported: <Membership> {0} is not emulated; this node starts with no other members; use StaticMembershipService with a <Member> per node");

    public static readonly DiagnosticDescriptor ManagerRunsAsDeltaManager = new(
        "TC4302", DiagnosticSeverity.Warning, "Manager runs as DeltaManager",
        "unsupported: <Manager> {0} runs as a DeltaManager (every node holds every session) in this version of TomcatCompat; {1}");

    public static readonly DiagnosticDescriptor UdpReceiver = new(
        "TC4303", DiagnosticSeverity.Warning, "UDP receiver not emulated",
        "unsupported: <Receiver> udpPort=\"{0}\" opens no UDP socket in TomcatCompat; messages sent with the udp option travel over TCP; remove udpPort");

    public static readonly DiagnosticDescriptor InterceptorNotImplemented = new(
        "TC4304", DiagnosticSeverity.Warning, "Interceptor not implemented",
        "unsupported: <Interceptor> {0} is not implemented by TomcatCompat and is left out of the channel stack; {1}");

    public static readonly DiagnosticDescriptor EncryptBelowFailureDetector = new(
        "TC4305", DiagnosticSeverity.Error, "EncryptInterceptor below TcpFailureDetector",
        "EncryptInterceptor is listed after TcpFailureDetector; Tomcat refuses to start the channel (\"EncryptInterceptor must be upstream of TcpFailureDetector\") and so does TomcatCompat; list EncryptInterceptor first");

    public static readonly DiagnosticDescriptor GzipBelowEncrypt = new(
        "TC4306", DiagnosticSeverity.Info, "GzipInterceptor compresses ciphertext",
        "GzipInterceptor is listed after EncryptInterceptor, so it compresses ciphertext, which does not shrink; list GzipInterceptor before EncryptInterceptor");

    public static readonly DiagnosticDescriptor EncryptionKeyInvalid = new(
        "TC4307", DiagnosticSeverity.Error, "EncryptInterceptor key missing or invalid",
        "EncryptInterceptor encryptionKey is {0}; Tomcat fails the cluster start and so does TomcatCompat; give 32, 48 or 64 hex digits (an AES-128/192/256 key)");

    public static readonly DiagnosticDescriptor EncryptionAlgorithmRefused = new(
        "TC4308", DiagnosticSeverity.Error, "Encryption algorithm refused",
        "EncryptInterceptor encryptionAlgorithm=\"{0}\" is refused by Tomcat at start (insecure or unsupported mode), so the cluster does not start; use AES/GCM/NoPadding");

    public static readonly DiagnosticDescriptor EncryptionAlgorithmSubstituted = new(
        "TC4309", DiagnosticSeverity.Warning, "Encryption algorithm substituted",
        "unsupported: EncryptInterceptor encryptionAlgorithm=\"{0}\" is accepted by Tomcat, but TomcatCompat encrypts with AES/GCM/NoPadding instead; use AES/GCM/NoPadding");

    public static readonly DiagnosticDescriptor EncryptionAlgorithmMalformed = new(
        "TC4310", DiagnosticSeverity.Warning, "Encryption algorithm not alg/mode/padding",
        "EncryptInterceptor encryptionAlgorithm=\"{0}\" is not algorithm/mode/padding; Tomcat warns and keeps its default AES/GCM/NoPadding, and so does TomcatCompat; write e.g. AES/GCM/NoPadding");

    public static readonly DiagnosticDescriptor NoLocalMember = new(
        "TC4311", DiagnosticSeverity.Error, "No static member for this node",
        "no static <Member> has the Receiver's address and port ({0}:{1}) and there is no <LocalMember>; Tomcat fails the cluster start (staticMembershipService.noLocalMember) and so does TomcatCompat; list this node as a <Member> or add a <LocalMember>");

    public static readonly DiagnosticDescriptor MemberIdsDerived = new(
        "TC4312", DiagnosticSeverity.Info, "Static member ids not distinct",
        "static members {0} have no distinct uniqueId, so TomcatCompat derives each id from host:port to keep them apart; give every <Member> its own uniqueId=\"{{...}}\"");

    public static readonly DiagnosticDescriptor OptionFlagOverlap = new(
        "TC4313", DiagnosticSeverity.Error, "Interceptor option flags overlap",
        "<Channel optionCheck=\"true\">: {0} and {1} share option flag bits ({2}); Tomcat refuses to start the channel and so does TomcatCompat; give them distinct optionFlag values or drop optionCheck");

    public static readonly DiagnosticDescriptor ReplicationFilterInvalid = new(
        "TC4314", DiagnosticSeverity.Warning, "ReplicationValve filter is not a regex",
        "ReplicationValve filter=\"{0}\" is not a valid regular expression ({1}); Tomcat logs an ERROR and filters nothing, and so does TomcatCompat; fix the pattern");

    public static readonly DiagnosticDescriptor AttributeNameFilterInvalid = new(
        "TC4315", DiagnosticSeverity.Warning, "sessionAttributeNameFilter is not a regex",
        "<Manager> sessionAttributeNameFilter=\"{0}\" is not a valid regular expression ({1}); TomcatCompat replicates every attribute; fix the pattern");

    public static readonly DiagnosticDescriptor ListenerNotRun = new(
        "TC4316", DiagnosticSeverity.Warning, "Cluster listener not run",
        "unsupported: <{0}> {1} is not run by TomcatCompat's cluster; {2}");

    public static readonly DiagnosticDescriptor NoClusterSessionListener = new(
        "TC4317", DiagnosticSeverity.Warning, "DeltaManager without ClusterSessionListener",
        "<ClusterListener> elements are configured but none is ClusterSessionListener, so the DeltaManager never receives session messages (as in Tomcat); add <ClusterListener className=\"org.apache.catalina.ha.session.ClusterSessionListener\"/>");

    public static readonly DiagnosticDescriptor AttributeWithoutEffect = new(
        "TC4318", DiagnosticSeverity.Info, "Attribute without effect",
        "unsupported: <{0}> {1}=\"{2}\" is accepted but has no effect in TomcatCompat ({3}); remove it to silence this");

    public static readonly DiagnosticDescriptor DomainFilterWithoutDomain = new(
        "TC4319", DiagnosticSeverity.Warning, "DomainFilterInterceptor without domain",
        "DomainFilterInterceptor has no domain, so it admits only members without a domain; set domain=\"...\" to the domain of this node's <Member>");

    public static readonly DiagnosticDescriptor AddressUnresolved = new(
        "TC4320", DiagnosticSeverity.Error, "Address cannot be resolved",
        "<{0}> {1}=\"{2}\" does not resolve to an IP address; {3}; give an IP address");

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> Catalog = new(() =>
    [
        .. typeof(ClusterDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);

    /// <summary>Every descriptor, ordered by code (for docs and the catalog test).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Catalog.Value;
}
