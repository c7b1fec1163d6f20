namespace TomcatCompat.Config.Tomcat;

/// <summary>One settable property of a Tomcat class, with its type and Tomcat's default as text.</summary>
/// <param name="Name">Attribute name as Tomcat documents it (case-sensitive except the first letter).</param>
/// <param name="Type">How the text is converted.</param>
/// <param name="Default">Tomcat's default, put into effective attribute maps; null = none.</param>
public sealed record AttributeDef(string Name, AttributeType Type, string? Default = null)
{
    /// <summary>First release with the setter; null = all.</summary>
    public TomcatVersion? Since { get; init; }

    /// <summary>First release without the setter; null = still present.</summary>
    public TomcatVersion? RemovedIn { get; init; }

    /// <summary>Advice added to the unknown-attribute message when the setter is gone.</summary>
    public string? Hint { get; init; }

    /// <summary>The canonical attribute this one is an alias of (stored under that name).</summary>
    public string? AliasOf { get; init; }

    public bool AvailableIn(TomcatVersion version) =>
        (Since is not { } s || version >= s) && (RemovedIn is not { } r || version < r);
}
