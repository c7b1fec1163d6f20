using System.Collections.Immutable;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>Changes of one session that could not be written (store outage), merged until a write succeeds.</summary>
internal sealed record PendingChanges(ImmutableSortedDictionary<string, byte[]?> Changes, bool Full)
{
    /// <summary>Earlier changes overlaid by later ones: the later request's value wins.</summary>
    public PendingChanges Then(PendingChanges later) => new(Changes.SetItems(later.Changes), Full || later.Full);
}
