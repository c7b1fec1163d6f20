namespace TomcatCompat.Config.ModJk;

/// <summary>How far the emulator reproduces a worker attribute (the "support" column of docs/support/mod_jk.md).</summary>
internal enum AttributeSupport
{
    /// <summary>Mapped onto the model exactly.</summary>
    Full,

    /// <summary>Mapped onto the nearest model field; a TC41xx note explains the gap where it matters.</summary>
    Partial,

    /// <summary>Recorded in Parameters only (TC4108 when set).</summary>
    Unsupported,
}
