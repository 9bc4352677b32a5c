using System.IO.Compression;
using System.Security.Cryptography;

namespace OpenBudget.Api.Representations;

/// <summary>A response body computed once and served many times: the bytes, their strong ETag (SHA-256), and compressed forms made on first use.</summary>
public sealed class Representation
{
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    /// <summary>Initializes a new instance of the <see cref="Representation"/> class.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The media type, e.g. "application/json; charset=utf-8".</param>
    public Representation(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        Content = content;
        ContentType = contentType;
        ETag = TagOf(content);
        _brotli = new Lazy<byte[]>(() => Compress(content, static s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)));
        _gzip = new Lazy<byte[]>(() => Compress(content, static s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)));
    }

    /// <summary>Gets the bytes.</summary>
    public byte[] Content { get; }

    /// <summary>Gets the media type.</summary>
    public string ContentType { get; }

    /// <summary>Gets the strong entity tag: the quoted, unpadded base64url SHA-256 of the bytes.</summary>
    public string ETag { get; }

    /// <summary>Gets the bytes compressed with Brotli.</summary>
    public byte[] Brotli => _brotli.Value;

    /// <summary>Gets the bytes compressed with gzip.</summary>
    public byte[] Gzip => _gzip.Value;

    /// <summary>Computes the entity tag of some bytes.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The quoted tag.</returns>
    public static string TagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return $"\"{Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> wrap)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = wrap(buffer))
        {
            compressor.Write(content);
        }

        return buffer.ToArray();
    }
}
