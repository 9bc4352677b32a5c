using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>A non-amount column found in a table's header (codes, names, projects).</summary>
internal sealed record LabelSlot(LabelRole Role, TableSide? Side, int Start, int End)
{
    internal int Center2 => Start + End;
}
