using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Classification;

/// <summary>支出功能分类科目 code: a class (类, 3 digits), a section (款, 5) or an item (项, 7), e.g. 2060404 科技成果转化与扩散.</summary>
/// <remarks>
/// Reads the forms printed in disclosures: "2060404", "206 04 04", "206|04|04", full-width digits, and the separate
/// columns of a table through <see cref="FromColumns(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>.
/// The default value is not a valid code; use <see cref="Parse(string)"/> or <see cref="FromValue(int, int)"/>.
/// </remarks>
public readonly struct FunctionalCode : IClassificationCode<FunctionalCode>, IUtf8SpanFormattable
{
    private const string Kind = "functional";
    private readonly int _value;
    private readonly byte _depth;

    private FunctionalCode(int value, int depth)
    {
        _value = value;
        _depth = (byte)depth;
    }

    /// <summary>Gets the deepest level of this kind of code.</summary>
    public static int MaxDepth => 2;

    /// <inheritdoc/>
    public int Value => _value;

    /// <inheritdoc/>
    public int Depth => _depth;

    /// <summary>Gets the level of the code.</summary>
    public FunctionalLevel Level => (FunctionalLevel)_depth;

    /// <summary>Gets the class (类) this code belongs to; a class is its own class.</summary>
    public FunctionalCode Class => new(_value / CodeText.Pow10(_depth * CodeText.LevelDigits), 0);

    /// <inheritdoc/>
    public FunctionalCode? Parent => _depth == 0 ? null : new FunctionalCode(_value / 100, _depth - 1);

    /// <summary>Gets the three digits of the class (类), e.g. 206.</summary>
    public int ClassDigits => _value / CodeText.Pow10(_depth * CodeText.LevelDigits);

    /// <summary>Gets the two digits of the section (款), or <see langword="null"/> for a class.</summary>
    public int? SectionDigits => _depth >= 1 ? _value / CodeText.Pow10((_depth - 1) * CodeText.LevelDigits) % 100 : null;

    /// <summary>Gets the two digits of the item (项), or <see langword="null"/> above item level.</summary>
    public int? ItemDigits => _depth == 2 ? _value % 100 : null;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when both are the same code.</returns>
    public static bool operator ==(FunctionalCode left, FunctionalCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(FunctionalCode left, FunctionalCode right) => !left.Equals(right);

    /// <summary>Orders codes as a catalogue lists them: a parent before its children.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes first.</returns>
    public static bool operator <(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes as a catalogue lists them.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes later.</returns>
    public static bool operator >(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes as a catalogue lists them.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not come later.</returns>
    public static bool operator <=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes as a catalogue lists them.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not come first.</returns>
    public static bool operator >=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a code from its digits as one number and its depth.</summary>
    /// <param name="value">The digits, e.g. 2060404.</param>
    /// <param name="depth">0 for a class, 1 for a section or 2 for an item.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number does not have the digits the depth needs, or a level is 00.</exception>
    public static FunctionalCode FromValue(int value, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        int min = 100 * CodeText.Pow10(depth * CodeText.LevelDigits);
        if (value < min || value >= min * 10)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not {CodeText.WithArticle(Kind)} code of depth {depth}, which has {CodeText.Length(depth)} digits.");
        }

        for (int level = 1; level <= depth; level++)
        {
            if (value / CodeText.Pow10((depth - level) * CodeText.LevelDigits) % 100 == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Level {level + 1} of {CodeText.WithArticle(Kind)} code cannot be 00.");
            }
        }

        return new FunctionalCode(value, depth);
    }

    /// <summary>Reads a code such as "2060404", "206 04 04" or "206|04|04".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a functional code; the message says why.</exception>
    public static FunctionalCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s);
    }

    /// <summary>Reads a code such as "2060404", "206 04 04" or "206|04|04".</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a functional code; the message says why.</exception>
    public static FunctionalCode Parse(ReadOnlySpan<char> s) => ParseCore(s);

    /// <inheritdoc/>
    public static FunctionalCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s);
    }

    /// <inheritdoc/>
    public static FunctionalCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s);

    /// <summary>Tries to read a code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out FunctionalCode result) => TryParse(s.AsSpan(), out result, out _);

    /// <summary>Tries to read a code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out FunctionalCode result) => TryParse(s, out result, out _);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FunctionalCode result) => TryParse(s.AsSpan(), out result, out _);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FunctionalCode result) => TryParse(s, out result, out _);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> text, out FunctionalCode code, [NotNullWhen(false)] out string? reason)
    {
        if (CodeText.TryRead(text, MaxDepth, Kind, out int value, out int depth, out reason))
        {
            code = new FunctionalCode(value, depth);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Reads a code printed in separate columns (类 | 款 | 项), as tables print it; empty trailing columns shorten the code.</summary>
    /// <param name="classText">The class column (类), e.g. "206".</param>
    /// <param name="sectionText">The section column (款), e.g. "04"; empty for a class row.</param>
    /// <param name="itemText">The item column (项), e.g. "04"; empty for a class or section row.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The columns do not make a functional code; the message says why.</exception>
    public static FunctionalCode FromColumns(ReadOnlySpan<char> classText, ReadOnlySpan<char> sectionText, ReadOnlySpan<char> itemText)
        => TryFromColumns(classText, sectionText, itemText, out FunctionalCode code, out string? reason) ? code : throw new FormatException(reason);

    /// <summary>Tries to read a code printed in separate columns (类 | 款 | 项).</summary>
    /// <param name="classText">The class column (类).</param>
    /// <param name="sectionText">The section column (款).</param>
    /// <param name="itemText">The item column (项).</param>
    /// <param name="code">The code, when the columns make one.</param>
    /// <param name="reason">Why the columns are not a code, when they are not.</param>
    /// <returns><see langword="true"/> when the columns make a code.</returns>
    public static bool TryFromColumns(ReadOnlySpan<char> classText, ReadOnlySpan<char> sectionText, ReadOnlySpan<char> itemText, out FunctionalCode code, [NotNullWhen(false)] out string? reason)
    {
        if (CodeText.TryReadColumns(classText, sectionText, itemText, MaxDepth, Kind, out int value, out int depth, out reason))
        {
            code = new FunctionalCode(value, depth);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Tells whether this code is <paramref name="other"/> or lies below it.</summary>
    /// <param name="other">A possible ancestor.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is this code or one of its ancestors.</returns>
    public bool IsWithin(FunctionalCode other) => other._depth <= _depth && _value / CodeText.Pow10((_depth - other._depth) * CodeText.LevelDigits) == other._value;

    /// <summary>Gets the ancestor of this code at a given depth.</summary>
    /// <param name="depth">The depth wanted, at most this code's own.</param>
    /// <returns>The ancestor (or the code itself at its own depth).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The depth is deeper than this code.</exception>
    public FunctionalCode AtDepth(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, (int)_depth);
        return new FunctionalCode(_value / CodeText.Pow10((_depth - depth) * CodeText.LevelDigits), depth);
    }

    private static FunctionalCode ParseCore(ReadOnlySpan<char> s) => TryParse(s, out FunctionalCode code, out string? reason) ? code : throw new FormatException(reason);

    /// <inheritdoc/>
    public bool Equals(FunctionalCode other) => _value == other._value && _depth == other._depth;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FunctionalCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_value * 4) + _depth;

    /// <inheritdoc/>
    public int CompareTo(FunctionalCode other)
    {
        int padded = _value * CodeText.Pow10((MaxDepth - _depth) * CodeText.LevelDigits);
        int otherPadded = other._value * CodeText.Pow10((MaxDepth - other._depth) * CodeText.LevelDigits);
        return padded != otherPadded ? padded.CompareTo(otherPadded) : _depth.CompareTo(other._depth);
    }

    /// <summary>Writes the code as its digits, e.g. "2060404".</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => CodeText.Format(_value, _depth, default);

    /// <summary>Writes the code: "G" gives "2060404", "S" gives "206 04 04", "P" gives "206|04|04", "-" separates with hyphens.</summary>
    /// <param name="format">The format, or <see langword="null"/> for "G".</param>
    /// <param name="formatProvider">Ignored: codes are culture-independent.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those listed.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => CodeText.Format(_value, _depth, format);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => CodeText.TryFormat(_value, _depth, destination, out charsWritten, format);

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => CodeText.TryFormatUtf8(_value, _depth, utf8Destination, out bytesWritten, format);
}
