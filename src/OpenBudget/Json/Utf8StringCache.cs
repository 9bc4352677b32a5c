using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Unicode;

namespace OpenBudget.Json;

/// <summary>Gives the same string for the same short UTF-8 text within one read, so that the text a disclosure repeats ("计划标准", "工作资料", a unit's name) is decoded and allocated once.</summary>
/// <remarks>
/// One cache per thread, cleared when a read begins (<see cref="Begin"/>), so that it holds only strings of the document being
/// read. It is direct-mapped: a slot keeps the last text that hashed to it, and a collision only costs a decode.
/// </remarks>
internal sealed class Utf8StringCache
{
    private const int MaxLength = 48;
    private const int Slots = 512;
    private const int MaxDecodeLength = 4096;

    [ThreadStatic]
    private static Utf8StringCache? t_current;

    private readonly byte[] _bytes = new byte[Slots * MaxLength];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly string?[] _strings = new string?[Slots];
    private readonly char[] _chars = new char[MaxDecodeLength];
    private int _depth;

    /// <summary>Starts using this thread's cache for one read, clearing it when no read is under way.</summary>
    /// <returns>A scope that ends the use when disposed.</returns>
    internal static Scope Begin()
    {
        Utf8StringCache cache = t_current ??= new Utf8StringCache();
        if (cache._depth++ == 0)
        {
            Array.Clear(cache._strings);
        }

        return new Scope(cache);
    }

    /// <summary>Decodes UTF-8 text, reusing the string decoded before for the same bytes when a read is under way.</summary>
    /// <param name="utf8">The unescaped text.</param>
    /// <returns>The string.</returns>
    internal static string GetString(ReadOnlySpan<byte> utf8)
    {
        Utf8StringCache? cache = t_current;
        if (cache is null || cache._depth == 0 || utf8.IsEmpty)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        if (utf8.Length > MaxLength)
        {
            return cache.Decode(utf8);
        }

        int slot = (int)(Hash(utf8) & (Slots - 1));
        Span<byte> stored = cache._bytes.AsSpan(slot * MaxLength, MaxLength);
        string? existing = cache._strings[slot];
        if (existing is not null && cache._lengths[slot] == utf8.Length && stored[..utf8.Length].SequenceEqual(utf8))
        {
            return existing;
        }

        string decoded = cache.Decode(utf8);
        utf8.CopyTo(stored);
        cache._lengths[slot] = (byte)utf8.Length;
        cache._strings[slot] = decoded;
        return decoded;
    }

    /// <summary>Decodes UTF-8 in one pass through this thread's buffer: transcoding and then copying costs less than counting the characters first and then transcoding, as <see cref="Encoding.GetString(ReadOnlySpan{byte})"/> does.</summary>
    /// <remarks>Invalid sequences become U+FFFD, as with <see cref="Encoding.UTF8"/>. A UTF-8 text never has more UTF-16 characters than bytes.</remarks>
    private string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _chars.Length)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Utf8.ToUtf16(utf8, _chars, out _, out int written);
        return new string(_chars, 0, written);
    }

    /// <summary>Hashes the length and the first and last eight bytes, which cover short text whole; longer texts of one document that agree in all three are rare, and a collision only costs a decode.</summary>
    private static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        ulong head;
        ulong tail;
        if (utf8.Length >= sizeof(ulong))
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(utf8[^sizeof(ulong)..]);
        }
        else if (utf8.Length >= sizeof(uint))
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(utf8);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(utf8[^sizeof(uint)..]);
        }
        else
        {
            head = 0;
            tail = 0;
            foreach (byte b in utf8)
            {
                head = (head << 8) | b;
            }
        }

        ulong hash = ((ulong)utf8.Length * 0x9E3779B97F4A7C15UL) ^ head;
        hash = BitOperations.RotateLeft(hash * 0xFF51AFD7ED558CCDUL, 29) ^ tail;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 31);
    }

    /// <summary>The use of a cache by one read.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly Utf8StringCache _cache;

        internal Scope(Utf8StringCache cache) => _cache = cache;

        /// <summary>Ends the use; the strings stay cached until the next read on this thread begins.</summary>
        public void Dispose() => _cache._depth--;
    }
}
