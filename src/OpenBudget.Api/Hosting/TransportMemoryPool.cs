using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;

namespace OpenBudget.Api.Hosting;

/// <summary>Gives Kestrel's socket transport <see cref="TransportMemoryPool"/>s in place of its pool of 4 KB blocks.</summary>
internal sealed class TransportMemoryPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new TransportMemoryPool();
}

/// <summary>
/// The memory Kestrel reads requests into and writes responses through, in pinned blocks of 16 KB that are reused.
/// </summary>
/// <remarks>
/// A cached disclosure is about 200 KB. Kestrel copies a body into its output pipe one pool block at a time and sends the
/// blocks with one gather write; with its own 4 KB blocks that is some 50 blocks rented, filled, handed to the socket and
/// returned per response, and measurably more CPU per response than 14 blocks of 16 KB (benchmarks/load/run.sh). The pool keeps
/// at most <see cref="MaxRetainedBlocks"/> free blocks (16 MB); blocks returned beyond that are left to the garbage collector.
/// </remarks>
internal sealed class TransportMemoryPool : MemoryPool<byte>
{
    /// <summary>The size of every block.</summary>
    internal const int BlockSize = 16 * 1024;

    /// <summary>How many free blocks the pool keeps for reuse.</summary>
    internal const int MaxRetainedBlocks = 1024;

    private readonly ConcurrentQueue<byte[]> _free = new();
    private int _retained;

    /// <inheritdoc/>
    public override int MaxBufferSize => BlockSize;

    /// <summary>Gets the number of free blocks kept for reuse.</summary>
    internal int Retained => Volatile.Read(ref _retained);

    /// <inheritdoc/>
    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        if (minBufferSize > BlockSize)
        {
            // Pipes never ask for more than MaxBufferSize; anything else gets memory of its own, not pooled.
            return new Block(null, GC.AllocateUninitializedArray<byte>(minBufferSize, pinned: true));
        }

        if (_free.TryDequeue(out byte[]? array))
        {
            Interlocked.Decrement(ref _retained);
            return new Block(this, array);
        }

        return new Block(this, GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true));
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _free.Clear();
        Volatile.Write(ref _retained, 0);
    }

    private void Return(byte[] array)
    {
        if (Interlocked.Increment(ref _retained) <= MaxRetainedBlocks)
        {
            _free.Enqueue(array);
        }
        else
        {
            Interlocked.Decrement(ref _retained);
        }
    }

    private sealed class Block(TransportMemoryPool? pool, byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => _array ?? throw new ObjectDisposedException(nameof(TransportMemoryPool), "The block was returned to the pool.");

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is byte[] returned)
            {
                pool?.Return(returned);
            }
        }
    }
}
