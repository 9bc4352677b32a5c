using System.Diagnostics;
using System.Globalization;

namespace OpenBudget.Cli.Bulk;

/// <summary>Tells a person on stderr how far a bulk run has got: a bar redrawn in place on a terminal, a plain line every few seconds in a log, nothing when quiet.</summary>
internal sealed class BulkProgress
{
    private const int BarWidth = 30;
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _stderr;
    private readonly string _verb;
    private readonly int _total;
    private readonly ProgressMode _mode;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private int _done;
    private bool _drawn;

    /// <summary>Initializes a new instance of the <see cref="BulkProgress"/> class.</summary>
    /// <param name="stderr">Where progress goes.</param>
    /// <param name="verb">What is done to each item, e.g. "validated".</param>
    /// <param name="total">How many items there are.</param>
    /// <param name="mode">How to show it.</param>
    internal BulkProgress(TextWriter stderr, string verb, int total, ProgressMode mode)
    {
        _stderr = stderr;
        _verb = verb;
        _total = total;
        _mode = mode;
    }

    /// <summary>Gets the time since the run started.</summary>
    internal TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Chooses the mode: quiet when asked, a bar when the writer is the console's stderr and that is a terminal, plain lines otherwise.</summary>
    /// <param name="stderr">The writer progress would go to.</param>
    /// <param name="quiet">Whether the user asked for no progress.</param>
    /// <returns>The mode.</returns>
    internal static ProgressMode ModeFor(TextWriter stderr, bool quiet)
        => quiet ? ProgressMode.Quiet
            : ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? ProgressMode.Terminal
            : ProgressMode.Lines;

    /// <summary>Counts one item done and shows progress when it is time to.</summary>
    internal void Step()
    {
        _done++;
        if (_mode == ProgressMode.Quiet)
        {
            return;
        }

        TimeSpan now = _clock.Elapsed;
        if (now - _last < (_mode == ProgressMode.Terminal ? TerminalInterval : LogInterval))
        {
            return;
        }

        _last = now;
        if (_mode == ProgressMode.Terminal)
        {
            DrawBar(now);
        }
        else
        {
            _stderr.WriteLine($"{_verb} {N(_done)} of {N(_total)} files ({Percent()}), {Rate(now)}/s");
        }
    }

    /// <summary>Ends the display: clears the bar, and says how long the run took unless quiet.</summary>
    internal void Finish()
    {
        if (_mode == ProgressMode.Quiet)
        {
            return;
        }

        TimeSpan now = _clock.Elapsed;
        if (_drawn)
        {
            _stderr.Write("\r" + new string(' ', BarWidth + 60) + "\r");
        }

        _stderr.WriteLine($"{_verb} {N(_done)} files in {now.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({Rate(now)}/s)");
    }

    private void DrawBar(TimeSpan now)
    {
        int filled = _total == 0 ? BarWidth : (int)((long)_done * BarWidth / _total);
        _stderr.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {N(_done)}/{N(_total)} {Percent()} {Rate(now)}/s ");
        _stderr.Flush();
        _drawn = true;
    }

    private string Percent() => _total == 0 ? "100%" : ((double)_done / _total).ToString("0%", CultureInfo.InvariantCulture);

    private string Rate(TimeSpan now) => (now.TotalSeconds <= 0 ? 0 : _done / now.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>How <see cref="BulkProgress"/> shows progress.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing at all.</summary>
    Quiet,

    /// <summary>A plain line every few seconds, for logs and pipes.</summary>
    Lines,

    /// <summary>A bar redrawn in place.</summary>
    Terminal,
}
