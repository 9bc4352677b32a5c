using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>An amount column found in a table's header: its meaning, label, side and where it stands.</summary>
internal sealed class ColumnSlot
{
    internal string Key { get; set; } = "";

    internal string Label { get; set; } = "";

    internal TableSide? Side { get; set; }

    internal EconomicCode? Economic { get; set; }

    internal bool Understood { get; set; } = true;

    internal int Start { get; set; }

    internal int End { get; set; }

    /// <summary>Gets or sets the extent widened by the amounts seen under the column (laid-out text).</summary>
    internal int SeenStart { get; set; } = int.MaxValue;

    internal int SeenEnd { get; set; } = int.MinValue;

    internal bool Calibrated => SeenStart <= SeenEnd;

    /// <summary>Gets where the column stands on the current page: where its amounts were seen, else where its header stands.</summary>
    internal int Left => Calibrated ? SeenStart : Start;

    internal int Right => Calibrated ? SeenEnd : End;

    internal int Center2 => Left + Right;

    public override string ToString() => $"{Key} '{Label}' {Side} @{Start}-{End}";
}
