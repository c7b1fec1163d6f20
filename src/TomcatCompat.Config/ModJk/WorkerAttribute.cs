namespace TomcatCompat.Config.ModJk;

/// <summary>
/// One attribute mod_jk accepts after <c>worker.&lt;name&gt;.</c> (jk_util.c's supported list).
/// </summary>
/// <param name="Name">Attribute name, case-sensitive as mod_jk compares it.</param>
/// <param name="Duplicates">How a repeated key is treated.</param>
/// <param name="Support">How far the emulator reproduces it.</param>
/// <param name="Replacement">For deprecated attributes: what to use instead; null when current.</param>
internal sealed record WorkerAttribute(
    string Name,
    DuplicateTreatment Duplicates,
    AttributeSupport Support,
    string? Replacement = null)
{
    public bool IsDeprecated => Replacement is not null;
}
