namespace TomcatCompat.Config.ModJk;

/// <summary>Where a mod_jk mapping rule came from; the value is mod_jk's tie-break order (§7.4).</summary>
internal enum JkRuleSource
{
    /// <summary>A uriworkermap.properties line (JkMountFile).</summary>
    UriWorkerMap = 0,

    /// <summary>A JkMount or JkUnMount directive.</summary>
    JkMount = 1,

    /// <summary>A <c>worker.NAME.mount</c> attribute.</summary>
    WorkerMount = 2,
}
