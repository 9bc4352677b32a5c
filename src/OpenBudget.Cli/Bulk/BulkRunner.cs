using System.Diagnostics.CodeAnalysis;

namespace OpenBudget.Cli.Bulk;

/// <summary>Runs one step over many inputs (files of a folder, disclosures to generate) on a bounded number of threads and hands the outcomes back in input order.</summary>
/// <remarks>
/// At most <c>degree</c> steps run at once and at most <c>4 × degree</c> outcomes wait to be taken, so memory stays bounded
/// however many inputs there are: a caller that streams its inputs and writes each outcome away never holds the corpus.
/// A step that throws fails its own input only; the outcome carries the exception and the rest go on.
/// </remarks>
internal static class BulkRunner
{
    /// <summary>Runs <paramref name="step"/> over <paramref name="inputs"/>, in parallel, and yields the outcomes in input order.</summary>
    /// <typeparam name="TInput">The input, e.g. a <see cref="DisclosureFile"/>.</typeparam>
    /// <typeparam name="TResult">What the step makes of one input.</typeparam>
    /// <param name="inputs">The inputs, enumerated once, lazily.</param>
    /// <param name="step">The work on one input; an exception fails that input only.</param>
    /// <param name="degree">How many steps run at once, at least 1.</param>
    /// <param name="cancellationToken">Stops starting new steps.</param>
    /// <returns>One outcome per input, in input order.</returns>
    internal static IEnumerable<BulkOutcome<TInput, TResult>> Run<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> step, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        return RunIterator(inputs, step, degree, cancellationToken);
    }

    private static IEnumerable<BulkOutcome<TInput, TResult>> RunIterator<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> step, int degree, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(degree, degree);
        var pending = new Queue<Task<BulkOutcome<TInput, TResult>>>();
        int window = degree * 4;
        try
        {
            foreach (TInput input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (pending.Count >= window)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }

                pending.Enqueue(Start(input, step, slots, cancellationToken));
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A caller that stops early (or is cancelled) still waits for the steps it started, so none outlives the semaphore.
            while (pending.Count > 0)
            {
                Task<BulkOutcome<TInput, TResult>> task = pending.Dequeue();
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "One bad input must never stop the rest: its exception is its outcome.")]
    private static Task<BulkOutcome<TInput, TResult>> Start<TInput, TResult>(TInput input, Func<TInput, TResult> step, SemaphoreSlim slots, CancellationToken cancellationToken)
        => Task.Run(
            async () =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return new BulkOutcome<TInput, TResult>(input, step(input), null);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    return new BulkOutcome<TInput, TResult>(input, default, ex);
                }
                finally
                {
                    slots.Release();
                }
            },
            CancellationToken.None);
}

/// <summary>What a step made of one input, or the exception it threw.</summary>
/// <typeparam name="TInput">The input.</typeparam>
/// <typeparam name="TResult">The step's result.</typeparam>
/// <param name="Input">The input.</param>
/// <param name="Result">The result, when the step succeeded.</param>
/// <param name="Error">The exception, when it failed.</param>
internal sealed record BulkOutcome<TInput, TResult>(TInput Input, TResult? Result, Exception? Error)
{
    /// <summary>Gets a value indicating whether the step succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    internal bool Succeeded => Error is null;
}
