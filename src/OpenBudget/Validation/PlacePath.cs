using System.Globalization;
using System.Runtime.CompilerServices;

namespace OpenBudget.Validation;

/// <summary>
/// A place in a disclosure as the reference tokens of its JSON Pointer, numbers kept as numbers: the validator writes a place's
/// pointer from it, and puts places in document order by it (as <see cref="JsonPointer.Compare"/> orders their pointers)
/// without writing the pointers.
/// </summary>
/// <remarks>
/// A path holds at most <see cref="MaxTokens"/> tokens. A token is a word (text as the pointer has it, or a slice of a pointer
/// it was read from) or a number written without leading zeros. A path with more tokens, or with digits that are not such a
/// number ("07", a negative index, 19 digits and more), is not <see cref="IsValid"/>: it still writes its pointer when it has
/// all its tokens, but its place is ordered by its pointer instead.
/// </remarks>
internal struct PlacePath
{
    /// <summary>The most tokens a path holds.</summary>
    public const int MaxTokens = 8;

    /// <summary>The most digits a numeric token is read with; longer ones make the path not valid.</summary>
    private const int MaxDigits = 18;

    private Tokens _tokens;
    private int _count;
    private int _part;
    private bool _unordered;
    private bool _truncated;

    /// <summary>Gets the number of tokens.</summary>
    public readonly int Count => _count;

    /// <summary>Gets a value indicating whether every token fitted: the path stands for its pointer exactly.</summary>
    public readonly bool IsValid => !_unordered && !_truncated;

    /// <summary>Gets the rank of the part of the disclosure the path leads into, as <see cref="JsonPointer.Part"/> ranks its pointer.</summary>
    public readonly int Part => _count == 0 ? JsonPointer.OtherPart : _part;

    /// <summary>Appends a word the validator writes, as it is: one that needs no escaping and is not all digits.</summary>
    public void Add(string word)
    {
        System.Diagnostics.Debug.Assert(word.Length == 0 || !IsDigits(word), "A word that is all digits is a number in a pointer.");
        Append(new Token(word, word.Length));
    }

    /// <summary>Appends a key read from the disclosure (a column's key): escaped, and a number when it is all digits.</summary>
    public void AddKey(string key)
    {
        if (key.Length > 0 && IsDigits(key))
        {
            AppendDigits(key, key);
        }
        else
        {
            string escaped = JsonPointer.Escape(key);
            Append(new Token(escaped, escaped.Length));
        }
    }

    /// <summary>Appends an index; a negative one (no pointer the validator writes has one) is written as text and makes the path not valid.</summary>
    public void Add(int number)
    {
        if (number < 0)
        {
            _unordered = true;
            string text = number.ToString(CultureInfo.InvariantCulture);
            Append(new Token(text, text.Length));
            return;
        }

        Append(new Token(null, number));
    }

    /// <summary>Reads a pointer into its tokens; the path is not valid when a token does not fit (see the remarks).</summary>
    public static PlacePath Read(string pointer)
    {
        var path = default(PlacePath);
        if (pointer.Length == 0)
        {
            return path;
        }

        if (pointer[0] != '/')
        {
            path._unordered = true;
            return path;
        }

        int start = 1;
        while (true)
        {
            int end = pointer.IndexOf('/', start);
            int length = (end < 0 ? pointer.Length : end) - start;
            ReadOnlySpan<char> token = pointer.AsSpan(start, length);
            if (length > 0 && IsDigits(token))
            {
                path.AppendDigits(token, pointer, start);
            }
            else
            {
                path.Append(new Token(pointer, ((long)start << 32) | (uint)length));
            }

            if (end < 0)
            {
                return path;
            }

            start = end + 1;
        }
    }

    /// <summary>Compares two valid paths in document order, as <see cref="JsonPointer.Compare"/> compares their pointers.</summary>
    public static int Compare(in PlacePath left, in PlacePath right)
    {
        int order = left.Part.CompareTo(right.Part);
        if (order != 0)
        {
            return order;
        }

        int common = Math.Min(left._count, right._count);
        for (int i = 0; i < common; i++)
        {
            order = CompareToken(left._tokens[i], right._tokens[i]);
            if (order != 0)
            {
                return order;
            }
        }

        // A pointer comes before those that continue it.
        return left._count.CompareTo(right._count);
    }

    /// <summary>Writes the pointer the path stands for.</summary>
    /// <exception cref="InvalidOperationException">The path was given more than <see cref="MaxTokens"/> tokens.</exception>
    public readonly string ToPointer()
    {
        if (_truncated)
        {
            throw new InvalidOperationException($"A place's path holds at most {MaxTokens} tokens.");
        }

        if (_count == 0)
        {
            return "";
        }

        Span<char> buffer = stackalloc char[256];
        int length = 0;
        for (int i = 0; i < _count; i++)
        {
            Token token = _tokens[i];
            if (length + 1 + MaxDigits + 2 > buffer.Length || (token.Text is not null && length + 1 + token.Word.Length > buffer.Length))
            {
                return WriteLong();
            }

            buffer[length++] = '/';
            if (token.Text is null)
            {
                token.Value.TryFormat(buffer[length..], out int written, default, CultureInfo.InvariantCulture);
                length += written;
            }
            else
            {
                token.Word.CopyTo(buffer[length..]);
                length += token.Word.Length;
            }
        }

        return new string(buffer[..length]);
    }

    private readonly string WriteLong()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < _count; i++)
        {
            Token token = _tokens[i];
            builder.Append('/');
            if (token.Text is null)
            {
                builder.Append(token.Value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(token.Word);
            }
        }

        return builder.ToString();
    }

    private static int CompareToken(Token a, Token b)
    {
        if (a.Text is null && b.Text is null)
        {
            return a.Value.CompareTo(b.Value);
        }

        if (a.Text is not null && b.Text is not null)
        {
            return ReferenceEquals(a.Text, b.Text) && a.Value == b.Value ? 0 : a.Word.SequenceCompareTo(b.Word);
        }

        // A number against a word that is not all digits: their text compares ordinally.
        Span<char> digits = stackalloc char[MaxDigits + 1];
        Token number = a.Text is null ? a : b;
        number.Value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        int order = digits[..written].SequenceCompareTo(a.Text is null ? b.Word : a.Word);
        return a.Text is null ? order : -order;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>Appends a token of digits (the whole of <paramref name="text"/> or the slice of it from <paramref name="start"/>) as a number; one with a leading zero or too many digits is kept as text and makes the path not valid, since a number would not compare or write as its text does.</summary>
    private void AppendDigits(ReadOnlySpan<char> digits, string text, int start = 0)
    {
        if ((digits.Length > 1 && digits[0] == '0') || digits.Length > MaxDigits)
        {
            _unordered = true;
            Append(new Token(text, start == 0 && digits.Length == text.Length ? text.Length : ((long)start << 32) | (uint)digits.Length));
            return;
        }

        Append(new Token(null, long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)));
    }

    private void Append(Token token)
    {
        if (_count == MaxTokens)
        {
            _truncated = true;
            return;
        }

        if (_count == 0)
        {
            _part = token.Text is null ? JsonPointer.OtherPart : JsonPointer.PartOfFirstToken(token.Word);
        }

        _tokens[_count++] = token;
    }

    /// <summary>One token: a number (no text), or a word that is the whole of its text or, read from a pointer, a slice of it (start and length packed in the value).</summary>
    private readonly struct Token(string? text, long value)
    {
        public string? Text { get; } = text;

        public long Value { get; } = value;

        public ReadOnlySpan<char> Word => Text!.Length == Value ? Text : Text.AsSpan((int)(Value >> 32), (int)Value);
    }

    [InlineArray(MaxTokens)]
    private struct Tokens
    {
        private Token _element;
    }
}
