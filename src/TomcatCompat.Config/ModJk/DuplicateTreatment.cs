namespace TomcatCompat.Config.ModJk;

/// <summary>What mod_jk does when a workers.properties key is set again (httpd-proxy.md §7.1).</summary>
internal enum DuplicateTreatment
{
    /// <summary>"Unique" attributes: the later value overwrites the earlier one, with a warning.</summary>
    Overwrite,

    /// <summary>List attributes (worker.list, balance_workers, mount, ...): joined with ','.</summary>
    CommaList,

    /// <summary>Anything else (free variables, the JNI leftovers): joined with '*'.</summary>
    Star,
}
