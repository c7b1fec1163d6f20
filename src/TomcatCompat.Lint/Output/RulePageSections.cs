namespace TomcatCompat.Lint.Output;

/// <summary>Pieces of a docs/rules/TCnnnn.md page that other outputs reuse.</summary>
internal static class RulePageSections
{
    /// <summary>The first paragraph under <c>## What it flags</c>, as one line; null when the page has none.</summary>
    public static string? WhatItFlags(string page)
    {
        var start = page.IndexOf("## What it flags", StringComparison.Ordinal);
        if (start < 0)
            return null;
        var lines = page[start..].Split('\n').Skip(1).SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.Trim().Length > 0 && !l.StartsWith('#'));
        var text = string.Join(' ', lines.Select(l => l.Trim()));
        return text.Length == 0 ? null : text;
    }
}
