namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// The type an element's object must have in Tomcat (the parent's setter parameter type, §1.8).
/// A class naming a slot it does not fill is Tomcat's "argument type mismatch".
/// </summary>
[Flags]
public enum ClassSlot
{
    None = 0,
    Cluster = 1 << 0,
    ClusterManager = 1 << 1,
    ContextManager = 1 << 2,
    Channel = 1 << 3,
    Membership = 1 << 4,
    StaticMember = 1 << 5,
    MembershipListener = 1 << 6,
    Sender = 1 << 7,
    Transport = 1 << 8,
    Receiver = 1 << 9,
    Interceptor = 1 << 10,
    ChannelListener = 1 << 11,
    ClusterValve = 1 << 12,
    Valve = 1 << 13,
    Deployer = 1 << 14,
    LifecycleListener = 1 << 15,
    ClusterListener = 1 << 16,
    Realm = 1 << 17,
    SessionIdGenerator = 1 << 18,
    Context = 1 << 19,
    Executor = 1 << 20,
    CookieProcessor = 1 << 21,
    Server = 1 << 22,
    Service = 1 << 23,
    Engine = 1 << 24,
    Host = 1 << 25,
}
