using OpenBudget.Cli.Bulk;

namespace OpenBudget.Cli.Tests;

public class BulkRunnerTests
{
    [Fact]
    public void Outcomes_come_back_in_input_order_whatever_finishes_first()
    {
        int[] inputs = [.. Enumerable.Range(0, 200)];
        int[] results = [.. BulkRunner.Run(inputs, i => { Thread.Sleep((200 - i) % 7); return i * 2; }, 4).Select(o => o.Result)];
        Assert.Equal(inputs.Select(i => i * 2), results);
    }

    [Fact]
    public void A_failing_input_fails_alone_with_its_exception()
    {
        BulkOutcome<int, int>[] outcomes = [.. BulkRunner.Run(Enumerable.Range(0, 10), i => i == 3 ? throw new InvalidDataException("bad 3") : i, 2)];
        Assert.Equal(10, outcomes.Length);
        Assert.Equal([3], outcomes.Where(o => !o.Succeeded).Select(o => o.Input));
        Assert.Equal("bad 3", Assert.IsType<InvalidDataException>(outcomes[3].Error).Message);
        Assert.Equal([0, 1, 2, 4, 5, 6, 7, 8, 9], outcomes.Where(o => o.Succeeded).Select(o => o.Result));
    }

    [Fact]
    public void No_more_steps_run_at_once_than_the_degree()
    {
        int running = 0;
        int most = 0;
        var gate = new object();
        _ = BulkRunner.Run(Enumerable.Range(0, 60), i =>
        {
            lock (gate)
            {
                running++;
                most = Math.Max(most, running);
            }

            Thread.Sleep(2);
            lock (gate)
            {
                running--;
            }

            return i;
        }, 3).ToList();
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public void Inputs_are_taken_lazily_a_bounded_window_ahead_of_the_consumer()
    {
        int taken = 0;
        IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 1_000; i++)
            {
                taken++;
                yield return i;
            }
        }

        using IEnumerator<BulkOutcome<int, int>> outcomes = BulkRunner.Run(Inputs(), i => i, 2).GetEnumerator();
        Assert.True(outcomes.MoveNext());
        Assert.InRange(taken, 1, 9);
    }
}
