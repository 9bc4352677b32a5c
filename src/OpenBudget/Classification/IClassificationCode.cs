using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Classification;

/// <summary>A hierarchical budget classification code (科目编码) whose digits carry its level and parent.</summary>
/// <typeparam name="TSelf">The code type itself.</typeparam>
public interface IClassificationCode<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, ISpanFormattable, ISpanParsable<TSelf>
    where TSelf : struct, IClassificationCode<TSelf>
{
    /// <summary>Gets the depth of the code: 0 for a class (类), 1 for a section (款), 2 for an item (项).</summary>
    int Depth { get; }

    /// <summary>Gets the code's digits as one number, e.g. 2060404.</summary>
    int Value { get; }

    /// <summary>Gets the parent code, or <see langword="null"/> for a class.</summary>
    TSelf? Parent { get; }

    /// <summary>Gets the deepest level this kind of code has (2 for functional codes, 1 for economic codes).</summary>
    static abstract int MaxDepth { get; }

    /// <summary>Tries to read a code, reporting why it could not.</summary>
    /// <param name="text">The text as printed, e.g. "2060404" or "206 04 04".</param>
    /// <param name="code">The code, when the text is one.</param>
    /// <param name="reason">Why the text is not a code, when it is not.</param>
    /// <returns><see langword="true"/> when the text is a code.</returns>
    static abstract bool TryParse(ReadOnlySpan<char> text, out TSelf code, [NotNullWhen(false)] out string? reason);

    /// <summary>Creates a code from its number and depth without validation of membership in any catalogue.</summary>
    /// <param name="value">The code's digits as one number.</param>
    /// <param name="depth">The depth.</param>
    /// <returns>The code.</returns>
    static abstract TSelf FromValue(int value, int depth);
}
