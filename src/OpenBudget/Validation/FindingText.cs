using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>What a finding's messages are written from besides the finding's own figures, and the place its location is made from, kept so that both are made only when read.</summary>
internal abstract class FindingText(in LocationSource source = default)
{
    /// <summary>Gets the place the finding's location is made from; empty when the finding is given its location.</summary>
    public LocationSource Source { get; } = source;

    /// <summary>Writes the message in English.</summary>
    public abstract string En(Finding finding);

    /// <summary>Writes the message in Chinese.</summary>
    public abstract string Zh(Finding finding);
}

/// <summary>Messages written by the rule itself.</summary>
internal sealed class FixedFindingText(string en, string zh) : FindingText
{
    public override string En(Finding finding) => en;

    public override string Zh(Finding finding) => zh;
}

/// <summary>The messages of a stated figure compared with a sum of printed terms (or a constant such as 100%), written from the finding's stated, expected, difference and tolerance, and the terms.</summary>
internal abstract class SumFindingText(in LocationSource source, Expectation expectation, bool constant) : FindingText(source), IFindingTermSource
{
    public override string En(Finding finding)
    {
        (string label, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance) = Figures(finding);
        string within = rounding ? "within" : "beyond";
        string expected = expectation.En();
        return constant
            ? string.Create(CultureInfo.InvariantCulture, $"{label}: {expected} is {sum}, not {stated}; the difference {difference} is {within} the rounding tolerance {tolerance}.")
            : string.Create(CultureInfo.InvariantCulture, $"{label}: printed {stated}, but {expected} is {sum}; the difference {difference} is {within} the rounding tolerance {tolerance}.");
    }

    public override string Zh(Finding finding)
    {
        (string label, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance) = Figures(finding);
        string within = rounding ? "在四舍五入容差" : "超出四舍五入容差";
        string tail = rounding ? " 以内" : "";
        string expected = expectation.Zh();
        return constant
            ? string.Create(CultureInfo.InvariantCulture, $"{label}：{expected}为 {sum}，而非 {stated}，差额 {difference}，{within} {tolerance}{tail}。")
            : string.Create(CultureInfo.InvariantCulture, $"{label}：列示 {stated}，{expected}为 {sum}，差额 {difference}，{within} {tolerance}{tail}。");
    }

    /// <summary>Makes the terms that were added up, in the unit of the finding.</summary>
    public abstract FindingTerm[] Make();

    /// <summary>Reads what the messages state from the finding: rounding explains the difference when the verdict says so.</summary>
    private static (string Label, bool Rounding, decimal Stated, decimal Sum, decimal Difference, decimal Tolerance) Figures(Finding finding)
        => (finding.Location.Label, finding.Verdict == Verdict.Rounding, finding.Stated.GetValueOrDefault(), finding.Expected.GetValueOrDefault(), finding.Difference.GetValueOrDefault(), finding.Tolerance.GetValueOrDefault());
}

/// <summary>A sum of figures from anywhere in the disclosure, kept as references.</summary>
internal sealed class FigureSumFindingText(BudgetDisclosure disclosure, FigureRef[] terms, OpenBudget.Money.PresentationUnit unit, in FigureRef stated, Expectation expectation)
    : SumFindingText(new LocationSource(disclosure, stated), expectation, stated.IsConstant)
{
    public override FindingTerm[] Make() => FigureTerms.Make(disclosure, terms, unit);
}

/// <summary>A sum of the cells of one table along a column (the rows are kept) or along a row (the columns are kept), kept as indices.</summary>
internal sealed class CellSumFindingText(BudgetDisclosure disclosure, int table, int line, bool alongColumn, int[] indices, in FigureRef stated, Expectation expectation)
    : SumFindingText(new LocationSource(disclosure, stated), expectation, false)
{
    public override FindingTerm[] Make()
    {
        DisclosureTable cells = disclosure.Tables[table];
        var figures = new FigureRef[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            figures[i] = alongColumn ? TableShape.CellAt(cells, table, indices[i], line) : TableShape.CellAt(cells, table, line, indices[i]);
        }

        return FigureTerms.Make(disclosure, figures, cells.Unit);
    }
}

/// <summary>The messages of a stated share or growth rate recomputed from the printed amounts, and the amounts as terms.</summary>
internal sealed class RatioFindingText(BudgetDisclosure disclosure, FigureRef[] inputs, in FigureRef stated, string whatEn, string whatZh, bool rounding, decimal printed, decimal expected, decimal rounded, int scale)
    : FindingText(new LocationSource(disclosure, stated)), IFindingTermSource
{
    public override string En(Finding finding)
    {
        string verdict = rounding ? "rounding of the printed amounts explains it" : "rounding of the printed amounts does not explain it";
        return string.Create(CultureInfo.InvariantCulture, $"{finding.Location.Label}: printed {printed}%, but the {whatEn} recomputed from the printed amounts is {expected}% (printed to {scale} decimals: {rounded}%); {verdict}.");
    }

    public override string Zh(Finding finding)
    {
        string verdict = rounding ? "可由所列金额的四舍五入解释" : "不能由所列金额的四舍五入解释";
        return string.Create(CultureInfo.InvariantCulture, $"{finding.Location.Label}：列示 {printed}%，按所列金额重新计算的{whatZh}为 {expected}%（保留 {scale} 位小数为 {rounded}%），{verdict}。");
    }

    /// <summary>Makes the terms the ratio was recomputed from, as printed.</summary>
    public FindingTerm[] Make() => FigureTerms.Make(disclosure, inputs, null);
}
