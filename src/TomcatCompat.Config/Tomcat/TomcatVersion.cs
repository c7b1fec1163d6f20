using System.Globalization;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// A Tomcat release such as 8.0.21, 9.0.0-M23 or "10.1". A line without a patch number
/// ("10.1") means the newest release of that line, so availability checks use its final state.
/// </summary>
public readonly record struct TomcatVersion(int Major, int Minor, int Patch, int Milestone) : IComparable<TomcatVersion>
{
    /// <summary>Sorts after every milestone: a final release.</summary>
    private const int Final = int.MaxValue;

    public static TomcatVersion Default { get; } = new(10, 1, Final, Final);

    public static TomcatVersion Of(int major, int minor, int patch = 0, int milestone = Final) => new(major, minor, patch, milestone);

    /// <summary>Parses "10", "10.1", "10.1.60", "9.0.0-M23"; null when it is no version.</summary>
    public static TomcatVersion? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var s = text.Trim();
        var milestone = Final;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            var tag = s[(dash + 1)..];
            if (tag.Length < 2 || (tag[0] != 'M' && tag[0] != 'm') || !TryInt(tag[1..], out milestone))
                return null;
            s = s[..dash];
        }

        var parts = s.Split('.');
        if (parts.Length is < 1 or > 3 || !TryInt(parts[0], out var major))
            return null;
        var minor = 0;
        var patch = Final;
        if (parts.Length > 1 && !TryInt(parts[1], out minor))
            return null;
        if (parts.Length > 2 && !TryInt(parts[2], out patch))
            return null;
        if (parts.Length == 1)
            minor = Final;
        return new TomcatVersion(major, minor, patch, milestone);
    }

    public int CompareTo(TomcatVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0)
            c = Minor.CompareTo(other.Minor);
        if (c == 0)
            c = Patch.CompareTo(other.Patch);
        return c != 0 ? c : Milestone.CompareTo(other.Milestone);
    }

    public static bool operator <(TomcatVersion a, TomcatVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(TomcatVersion a, TomcatVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(TomcatVersion a, TomcatVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(TomcatVersion a, TomcatVersion b) => a.CompareTo(b) >= 0;

    /// <summary>"10.1", "8.5.51", "9.0.0-M23": as short as it was given.</summary>
    public override string ToString()
    {
        var s = Major.ToString(CultureInfo.InvariantCulture);
        if (Minor != Final)
            s += "." + Minor.ToString(CultureInfo.InvariantCulture);
        if (Patch != Final)
            s += "." + Patch.ToString(CultureInfo.InvariantCulture);
        if (Milestone != Final)
            s += "-M" + Milestone.ToString(CultureInfo.InvariantCulture);
        return s;
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value < 100_000;
}
