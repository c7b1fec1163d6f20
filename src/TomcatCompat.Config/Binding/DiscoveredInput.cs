namespace TomcatCompat.Config.Binding;

/// <summary>One file found by <see cref="InputDiscovery"/>.</summary>
/// <param name="FullPath">Absolute, '/'-separated.</param>
/// <param name="Explicit">True when named on the command line rather than found in a directory.</param>
public sealed record DiscoveredInput(string FullPath, InputKind Kind, bool Explicit);
