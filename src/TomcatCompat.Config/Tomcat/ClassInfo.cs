namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// One Tomcat class that server.xml/context.xml may name, with the slots it fits, the Tomcat
/// versions that ship it (tomcat-cluster.md §18) and its successor when it was removed.
/// </summary>
/// <param name="ClassName">Fully qualified Java class name.</param>
/// <param name="Kind">Simple class name; for a removed class, the simple name of its successor.</param>
/// <param name="Slots">Element slots the class can fill.</param>
/// <param name="Support">What the emulator does with it.</param>
public sealed record ClassInfo(string ClassName, string Kind, ClassSlot Slots, ClassSupport Support)
{
    /// <summary>First release that has the class; null = every supported line (8.0+).</summary>
    public TomcatVersion? Since { get; init; }

    /// <summary>First release without the class; null = still present.</summary>
    public TomcatVersion? RemovedIn { get; init; }

    /// <summary>Fully qualified successor to suggest when the class is missing in the target version.</summary>
    public string? Successor { get; init; }

    public string SimpleName => ClassName[(ClassName.LastIndexOf('.') + 1)..];

    public bool AvailableIn(TomcatVersion version) =>
        (Since is not { } s || version >= s) && (RemovedIn is not { } r || version < r);

    /// <summary>"removed in 8.5.0", "added in 9.0.11": why <see cref="AvailableIn"/> said no.</summary>
    public string AvailabilityNote(TomcatVersion version) =>
        RemovedIn is { } r && version >= r ? $"removed in {r}" : $"added in {Since}";
}
