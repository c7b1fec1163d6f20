using System.Collections.Immutable;

namespace TomcatCompat.Cli.Output;

/// <summary>Model arrays built by hand may be default; formatters treat that as empty.</summary>
internal static class ImmutableArrayExtensions
{
    public static ImmutableArray<T> NullToEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
