namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Levenshtein distance ignoring ASCII case, for "did you mean" advice on misspelt attribute and
/// element names. Two rows of ints; names are short, so this is cheap even per attribute.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="cap"/> once it is certainly at least that.</summary>
    public static int Of(string a, string b, int cap = int.MaxValue)
    {
        if (a.Length == 0 || b.Length == 0)
            return Math.Min(cap, Math.Max(a.Length, b.Length));
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
                return cap;
            (previous, current) = (current, previous);
        }

        return Math.Min(cap, previous[b.Length]);
    }

    /// <summary>The candidate nearest to <paramref name="name"/> within a third of its length (at most 3 edits), or null.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Min(3, Math.Max(1, name.Length / 3));
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var c in candidates)
        {
            if (Math.Abs(c.Length - name.Length) >= bestDistance)
                continue;
            var d = Of(c, name, bestDistance);
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }
}
