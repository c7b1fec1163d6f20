using System.Collections.Frozen;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// Every attribute mod_jk 1.2.48 accepts in a <c>worker.*</c> key (httpd-proxy.md §7.2), with its
/// duplicate treatment, deprecation and emulator support. A key whose last part is not here makes
/// mod_jk reject the whole file. Names are case-sensitive, as in mod_jk.
/// </summary>
internal static class WorkerAttributeTable
{
    private const DuplicateTreatment U = DuplicateTreatment.Overwrite;
    private const DuplicateTreatment L = DuplicateTreatment.CommaList;
    private const DuplicateTreatment X = DuplicateTreatment.Star;
    private const AttributeSupport Full = AttributeSupport.Full;
    private const AttributeSupport Part = AttributeSupport.Partial;
    private const AttributeSupport None = AttributeSupport.Unsupported;
    private const string Jni = "nothing (the JNI worker was removed in mod_jk 1.2.19)";

    public static FrozenDictionary<string, WorkerAttribute> All { get; } = new WorkerAttribute[]
    {
        // global: worker.list, worker.maintain
        new("list", L, Full), new("maintain", U, None),

        // every worker
        new("type", U, Full), new("reference", U, Full),

        // ajp13 connection
        new("host", U, Full), new("port", U, Full), new("source", U, None), new("prefer_ipv6", U, None),
        new("secret", U, Full), new("socket_timeout", U, Full), new("socket_connect_timeout", U, Full),
        new("socket_keepalive", U, Full), new("socket_buffer", U, None), new("ping_mode", U, Part),
        new("ping_timeout", U, Part), new("connect_timeout", U, None), new("prepost_timeout", U, Part),
        new("reply_timeout", U, Part), new("connection_ping_interval", U, None),
        new("connection_pool_size", U, Full), new("connection_pool_minsize", U, None),
        new("connection_pool_timeout", U, Full), new("connection_acquire_timeout", U, Full),
        new("retries", U, Part), new("retry_interval", U, None), new("recovery_options", U, None),
        new("fail_on_status", L, Part), new("max_packet_size", U, None), new("busy_limit", U, None),
        new("max_reply_timeouts", U, None), new("mount", L, Full),

        // lb
        new("balance_workers", L, Full), new("sticky_session", U, Full), new("sticky_session_force", U, Part),
        new("method", U, Part), new("lock", U, None), new("lb_retries", U, Part), new("recover_time", U, Full),
        new("error_escalation_time", U, None), new("session_cookie", U, Full), new("session_path", U, Full),
        new("set_session_cookie", U, None), new("session_cookie_path", U, None),

        // lb member
        new("lbfactor", U, Full), new("route", U, Full), new("domain", U, None), new("redirect", U, Full),
        new("distance", U, Part), new("activation", U, Full),

        // status
        new("css", U, None), new("read_only", U, None), new("user", L, None), new("user_case_insensitive", U, None),
        new("good", L, None), new("bad", L, None), new("prefix", U, None), new("ns", U, None),
        new("xmlns", U, None), new("doctype", U, None),

        // deprecated spellings
        new("cachesize", U, Full, "connection_pool_size"), new("cache_timeout", U, Full, "connection_pool_timeout"),
        new("recycle_timeout", U, None, "connection_pool_timeout"), new("balanced_workers", L, Full, "balance_workers"),
        new("local_worker", U, None, "distance"), new("local_worker_only", U, None, "distance"),
        new("jvm_route", U, Full, "route"), new("disabled", U, Full, "activation=D"),
        new("stopped", U, Full, "activation=S"), new("secretkey", U, None, "secret"),
        new("sysprops", X, None, Jni), new("stderr", U, None, Jni), new("stdout", U, None, Jni),
        new("mx", U, None, Jni), new("ms", U, None, Jni), new("class_path", X, None, Jni), new("bridge", U, None, Jni),
        new("jvm_lib", U, None, Jni), new("ld_path", X, None, Jni), new("cmd_line", X, None, Jni),
        new("native_lib", U, None, Jni),
    }.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>Attributes only a status worker uses (TC4104 when set).</summary>
    public static FrozenSet<string> StatusOptions { get; } = new[]
    {
        "css", "read_only", "user", "user_case_insensitive", "good", "bad", "prefix", "ns", "xmlns", "doctype",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool TryGet(string name, out WorkerAttribute attribute) =>
        All.TryGetValue(name, out attribute!);
}
