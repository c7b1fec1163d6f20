namespace TomcatCompat.Config.Model;

/// <summary>httpd worker status flags (<c>status=</c>, httpd-proxy.md §2.6); mod_jk activation maps onto D/S.</summary>
[Flags]
public enum MemberStatus
{
    None = 0,

    /// <summary>D: disabled, never used, not even for sticky requests.</summary>
    Disabled = 1 << 0,

    /// <summary>S: stopped.</summary>
    Stopped = 1 << 1,

    /// <summary>I: ignore errors.</summary>
    IgnoreErrors = 1 << 2,

    /// <summary>H: hot standby.</summary>
    HotStandby = 1 << 3,

    /// <summary>R: hot spare (2.4.34+).</summary>
    HotSpare = 1 << 4,

    /// <summary>E: in error.</summary>
    InError = 1 << 5,

    /// <summary>N: draining, only sticky requests for its own route.</summary>
    Draining = 1 << 6,

    /// <summary>C: failed health check.</summary>
    HealthCheckFailed = 1 << 7,
}
