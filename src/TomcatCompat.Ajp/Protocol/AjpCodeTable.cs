using System.Collections.Frozen;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// A two-way table between one-byte codes (1..n) and names: the method codes, the request-header
/// codes and the response-header codes (0xA0nn, nn = the code here). Decoding returns the table's
/// own string instance, so coded names cost no allocation.
/// </summary>
public sealed class AjpCodeTable
{
    private readonly string[] _names;
    private readonly FrozenDictionary<string, byte> _codes;

    public AjpCodeTable(IReadOnlyList<string> namesFromCode1, StringComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(namesFromCode1);
        _names = [.. namesFromCode1];
        _codes = _names.Select((n, i) => KeyValuePair.Create(n, (byte)(i + 1))).ToFrozenDictionary(comparer);
    }

    /// <summary>Number of codes (the highest code).</summary>
    public int Count => _names.Length;

    /// <summary>The name of <paramref name="code"/>, or null when the code is outside the table.</summary>
    public string? NameOf(int code) => code >= 1 && code <= _names.Length ? _names[code - 1] : null;

    /// <summary>The code of <paramref name="name"/> (compared with the table's comparer), or 0.</summary>
    public byte CodeOf(string name) => _codes.GetValueOrDefault(name);
}
