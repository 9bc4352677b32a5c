using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenBudget.Api.Hosting;

namespace OpenBudget.Api.Tests.Hosting;

public class TransportMemoryPoolTests
{
    private static byte[] ArrayOf(IMemoryOwner<byte> block)
    {
        Assert.True(MemoryMarshal.TryGetArray(block.Memory, out ArraySegment<byte> segment));
        return segment.Array!;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(TransportMemoryPool.BlockSize)]
    public void A_block_is_16_KB_whatever_size_up_to_that_is_asked_for(int size)
    {
        using var pool = new TransportMemoryPool();
        using IMemoryOwner<byte> block = pool.Rent(size);
        Assert.Equal(TransportMemoryPool.BlockSize, pool.MaxBufferSize);
        Assert.Equal(TransportMemoryPool.BlockSize, block.Memory.Length);
    }

    [Fact]
    public void A_returned_block_is_rented_again_and_one_returned_twice_only_once()
    {
        using var pool = new TransportMemoryPool();
        IMemoryOwner<byte> first = pool.Rent();
        byte[] array = ArrayOf(first);
        first.Dispose();
        first.Dispose();
        Assert.Equal(1, pool.Retained);
        Assert.Throws<ObjectDisposedException>(() => first.Memory);

        using IMemoryOwner<byte> again = pool.Rent();
        using IMemoryOwner<byte> fresh = pool.Rent();
        Assert.Same(array, ArrayOf(again));
        Assert.NotSame(array, ArrayOf(fresh));
        Assert.Equal(0, pool.Retained);
    }

    [Fact]
    public void The_pool_keeps_at_most_its_limit_of_free_blocks()
    {
        using var pool = new TransportMemoryPool();
        IMemoryOwner<byte>[] blocks = [.. Enumerable.Range(0, TransportMemoryPool.MaxRetainedBlocks + 10).Select(_ => pool.Rent())];
        foreach (IMemoryOwner<byte> block in blocks)
        {
            block.Dispose();
        }

        Assert.Equal(TransportMemoryPool.MaxRetainedBlocks, pool.Retained);
    }

    [Fact]
    public void More_than_a_block_gets_memory_of_its_own_that_is_not_kept()
    {
        using var pool = new TransportMemoryPool();
        IMemoryOwner<byte> large = pool.Rent(TransportMemoryPool.BlockSize + 1);
        Assert.True(large.Memory.Length >= TransportMemoryPool.BlockSize + 1);
        large.Dispose();
        Assert.Equal(0, pool.Retained);
    }

    [Fact]
    public async Task A_disclosure_written_through_a_pipe_on_the_pool_reads_back_byte_for_byte_in_16_KB_segments()
    {
        using var pool = new TransportMemoryPool();
        var pipe = new Pipe(new PipeOptions(pool, minimumSegmentSize: 4096, pauseWriterThreshold: 0, useSynchronizationContext: false));
        byte[] body = Samples.FileBytes;
        await pipe.Writer.WriteAsync(body);
        await pipe.Writer.CompleteAsync();

        ReadResult read = await pipe.Reader.ReadAtLeastAsync(body.Length);
        Assert.Equal(body, read.Buffer.ToArray());
        int segments = 0;
        foreach (ReadOnlyMemory<byte> segment in read.Buffer)
        {
            segments++;
            Assert.True(segment.Length <= TransportMemoryPool.BlockSize);
        }

        Assert.Equal((body.Length + TransportMemoryPool.BlockSize - 1) / TransportMemoryPool.BlockSize, segments);
        pipe.Reader.AdvanceTo(read.Buffer.End);
        await pipe.Reader.CompleteAsync();
        Assert.True(pool.Retained > 0);
    }

    [Fact]
    public void The_service_sets_up_the_socket_transport_with_the_pool_and_inline_scheduling()
    {
        using var factory = new ApiFactory();
        Assert.IsType<TransportMemoryPoolFactory>(factory.Services.GetRequiredService<IMemoryPoolFactory<byte>>());
        Assert.IsType<TransportMemoryPool>(factory.Services.GetRequiredService<IMemoryPoolFactory<byte>>().Create());
        Assert.True(factory.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }
}
