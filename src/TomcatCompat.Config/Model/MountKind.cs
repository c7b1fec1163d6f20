namespace TomcatCompat.Config.Model;

/// <summary>Which directive produced a <see cref="Mount"/>.</summary>
public enum MountKind
{
    ProxyPass,
    ProxyPassMatch,
    JkMount,
    JkUnMount,
    UriWorkerMap,
}
