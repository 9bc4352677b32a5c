using System.Text;

namespace OpenBudget.Json;

/// <summary>A fixed vocabulary of strings found by their UTF-8 bytes, so that a reader can hand back the shared instance without decoding.</summary>
/// <remarks>Entries are grouped by their length in bytes; a lookup compares the bytes only with the entries of the same length.</remarks>
internal sealed class Utf8KnownStrings
{
    private readonly (byte[] Utf8, string Value)[][] _byLength;

    /// <summary>Initializes a new instance of the <see cref="Utf8KnownStrings"/> class.</summary>
    /// <param name="values">The vocabulary; duplicates are ignored.</param>
    internal Utf8KnownStrings(IEnumerable<string> values)
    {
        (byte[] Utf8, string Value)[] entries = [.. values.Distinct(StringComparer.Ordinal).Select(v => (Encoding.UTF8.GetBytes(v), v))];
        int longest = entries.Length == 0 ? 0 : entries.Max(e => e.Utf8.Length);
        _byLength = new (byte[] Utf8, string Value)[longest + 1][];
        for (int length = 0; length <= longest; length++)
        {
            _byLength[length] = [.. entries.Where(e => e.Utf8.Length == length)];
        }
    }

    /// <summary>Finds the vocabulary's string with these UTF-8 bytes.</summary>
    /// <param name="utf8">The unescaped bytes.</param>
    /// <param name="value">The shared string, when found.</param>
    /// <returns>Whether the bytes are in the vocabulary.</returns>
    internal bool TryGet(ReadOnlySpan<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        if (utf8.Length < _byLength.Length)
        {
            foreach ((byte[] bytes, string candidate) in _byLength[utf8.Length])
            {
                if (utf8.SequenceEqual(bytes))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = null;
        return false;
    }
}
