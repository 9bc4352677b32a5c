using System.Buffers;
using System.Runtime.CompilerServices;

namespace OpenBudget.Disclosures;

/// <summary>Normalises text taken from a printed disclosure so that the same words compare equal however the extraction spaced them.</summary>
/// <remarks>
/// Every run of whitespace becomes one space; whitespace next to a CJK character (ideographs, CJK punctuation,
/// full-width forms, Chinese quotation marks and dashes) is removed; the result is trimmed. Nothing else changes.
/// See docs/conventions.md.
/// </remarks>
public static class PrintedText
{
    private static readonly SearchValues<char> White = SearchValues.Create(" \t\r\n\f\v\u3000\u00A0");

    /// <summary>The whitespace without the ideographic and no-break spaces, which most texts lack: a search for ASCII characters alone is much faster.</summary>
    private static readonly SearchValues<char> AsciiWhite = SearchValues.Create(" \t\r\n\f\v");

    /// <summary>Normalises a text; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="text">The text as extracted.</param>
    /// <returns>The normalised text.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!NeedsWork(text))
        {
            return text;
        }

        // The result is never longer than the text: build it in a stack or pooled buffer and allocate only the string.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (IsWhite(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace && !IsCjk(c) && !IsCjk(buffer[length - 1]))
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            buffer[length++] = c;
        }

        string result = new(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Tells whether a character is CJK for spacing purposes: ideographs, CJK punctuation, full-width forms, Chinese quotes and dashes.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when spaces next to it are extraction noise.</returns>
    public static bool IsCjk(char c) => c switch
    {
        >= '\u2E80' and <= '\u9FFF' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF00' and <= '\uFFEF' => true,
        '\u2014' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00B7' => true,
        _ => char.IsHighSurrogate(c) || char.IsLowSurrogate(c),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhite(char c) => c <= ' ' ? c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' : c is '\u3000' or '\u00A0';

    private static bool NeedsWork(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (IsWhite(text[0]) || IsWhite(text[^1]))
        {
            return true;
        }

        // Only whitespace can need work: visit each, found by vectorised search (the first and last characters are not whitespace).
        ReadOnlySpan<char> span = text;
        SearchValues<char> white = span.IndexOfAny('\u3000', '\u00A0') < 0 ? AsciiWhite : White;
        int i = span.IndexOfAny(white);
        while (i >= 0)
        {
            char c = text[i];
            if (c != ' ' || IsWhite(text[i + 1]) || IsCjk(text[i - 1]) || IsCjk(text[i + 1]))
            {
                return true;
            }

            int next = span[(i + 1)..].IndexOfAny(white);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}
