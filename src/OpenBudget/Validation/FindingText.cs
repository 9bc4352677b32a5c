using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>The figures a finding's messages are written from, kept so that the messages are formatted only when read.</summary>
internal abstract class FindingText
{
    /// <summary>Writes the message in English.</summary>
    public abstract string En();

    /// <summary>Writes the message in Chinese.</summary>
    public abstract string Zh();
}

/// <summary>Messages written by the rule itself.</summary>
internal sealed class FixedFindingText(string en, string zh) : FindingText
{
    public override string En() => en;

    public override string Zh() => zh;
}

/// <summary>The messages of a stated figure compared with a sum of printed terms (or a constant such as 100%), and the terms.</summary>
internal abstract class SumFindingText(FindingLocation location, Expectation expectation, bool constant, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance) : FindingText, IFindingTermSource
{
    public override string En()
    {
        string within = rounding ? "within" : "beyond";
        string expected = expectation.En();
        return constant
            ? string.Create(CultureInfo.InvariantCulture, $"{location.Label}: {expected} is {sum}, not {stated}; the difference {difference} is {within} the rounding tolerance {tolerance}.")
            : string.Create(CultureInfo.InvariantCulture, $"{location.Label}: printed {stated}, but {expected} is {sum}; the difference {difference} is {within} the rounding tolerance {tolerance}.");
    }

    public override string Zh()
    {
        string within = rounding ? "在四舍五入容差" : "超出四舍五入容差";
        string tail = rounding ? " 以内" : "";
        string expected = expectation.Zh();
        return constant
            ? string.Create(CultureInfo.InvariantCulture, $"{location.Label}：{expected}为 {sum}，而非 {stated}，差额 {difference}，{within} {tolerance}{tail}。")
            : string.Create(CultureInfo.InvariantCulture, $"{location.Label}：列示 {stated}，{expected}为 {sum}，差额 {difference}，{within} {tolerance}{tail}。");
    }

    /// <summary>Makes the terms that were added up, in the unit of the finding.</summary>
    public abstract FindingTerm[] Make();
}

/// <summary>A sum of figures from anywhere in the disclosure, kept as references.</summary>
internal sealed class FigureSumFindingText(BudgetDisclosure disclosure, FigureRef[] terms, OpenBudget.Money.PresentationUnit unit, FindingLocation location, Expectation expectation, bool constant, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance)
    : SumFindingText(location, expectation, constant, rounding, stated, sum, difference, tolerance)
{
    public override FindingTerm[] Make() => FigureTerms.Make(disclosure, terms, unit);
}

/// <summary>A sum of the cells of one table along a column (the rows are kept) or along a row (the columns are kept), kept as indices.</summary>
internal sealed class CellSumFindingText(BudgetDisclosure disclosure, int table, int line, bool alongColumn, int[] indices, FindingLocation location, Expectation expectation, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance)
    : SumFindingText(location, expectation, false, rounding, stated, sum, difference, tolerance)
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
internal sealed class RatioFindingText(BudgetDisclosure disclosure, FigureRef[] inputs, FindingLocation location, string whatEn, string whatZh, bool rounding, decimal printed, decimal expected, decimal rounded, int scale) : FindingText, IFindingTermSource
{
    public override string En()
    {
        string verdict = rounding ? "rounding of the printed amounts explains it" : "rounding of the printed amounts does not explain it";
        return string.Create(CultureInfo.InvariantCulture, $"{location.Label}: printed {printed}%, but the {whatEn} recomputed from the printed amounts is {expected}% (printed to {scale} decimals: {rounded}%); {verdict}.");
    }

    public override string Zh()
    {
        string verdict = rounding ? "可由所列金额的四舍五入解释" : "不能由所列金额的四舍五入解释";
        return string.Create(CultureInfo.InvariantCulture, $"{location.Label}：列示 {printed}%，按所列金额重新计算的{whatZh}为 {expected}%（保留 {scale} 位小数为 {rounded}%），{verdict}。");
    }

    /// <summary>Makes the terms the ratio was recomputed from, as printed.</summary>
    public FindingTerm[] Make() => FigureTerms.Make(disclosure, inputs, null);
}
