using System.Globalization;

namespace ClusterBench;

internal static class Summary
{
    /// <summary>"count p50 p99" of sorted microsecond values (nearest rank).</summary>
    public static string Of(double[] sorted) =>
        sorted.Length == 0 ? "0 0 0" : string.Create(CultureInfo.InvariantCulture, $"{sorted.Length} {Rank(sorted, 0.50):F0} {Rank(sorted, 0.99):F0}");

    public static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
