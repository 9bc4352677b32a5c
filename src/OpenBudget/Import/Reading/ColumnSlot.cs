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

    internal int Center2 => SeenStart <= SeenEnd ? Math.Min(Start, SeenStart) + Math.Max(End, SeenEnd) : Start + End;

    internal int Right => SeenStart <= SeenEnd ? Math.Max(End, SeenEnd) : End;

    public override string ToString() => $"{Key} '{Label}' {Side} @{Start}-{End}";
}
