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
internal sealed class SumFindingText : FindingText, IFindingTermSource
{
    private readonly BudgetDisclosure _disclosure;
    private readonly FigureRef[] _terms;
    private readonly OpenBudget.Money.PresentationUnit _unit;
    private readonly FindingLocation _location;
    private readonly Expectation _expectation;
    private readonly bool _constant;
    private readonly bool _rounding;
    private readonly decimal _stated;
    private readonly decimal _sum;
    private readonly decimal _difference;
    private readonly decimal _tolerance;

    public SumFindingText(BudgetDisclosure disclosure, FigureRef[] terms, OpenBudget.Money.PresentationUnit unit, FindingLocation location, in Expectation expectation, bool constant, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance)
    {
        _disclosure = disclosure;
        _terms = terms;
        _unit = unit;
        _location = location;
        _expectation = expectation;
        _constant = constant;
        _rounding = rounding;
        _stated = stated;
        _sum = sum;
        _difference = difference;
        _tolerance = tolerance;
    }

    public override string En()
    {
        string within = _rounding ? "within" : "beyond";
        string expectation = _expectation.En();
        return _constant
            ? string.Create(CultureInfo.InvariantCulture, $"{_location.Label}: {expectation} is {_sum}, not {_stated}; the difference {_difference} is {within} the rounding tolerance {_tolerance}.")
            : string.Create(CultureInfo.InvariantCulture, $"{_location.Label}: printed {_stated}, but {expectation} is {_sum}; the difference {_difference} is {within} the rounding tolerance {_tolerance}.");
    }

    public override string Zh()
    {
        string within = _rounding ? "在四舍五入容差" : "超出四舍五入容差";
        string tail = _rounding ? " 以内" : "";
        string expectation = _expectation.Zh();
        return _constant
            ? string.Create(CultureInfo.InvariantCulture, $"{_location.Label}：{expectation}为 {_sum}，而非 {_stated}，差额 {_difference}，{within} {_tolerance}{tail}。")
            : string.Create(CultureInfo.InvariantCulture, $"{_location.Label}：列示 {_stated}，{expectation}为 {_sum}，差额 {_difference}，{within} {_tolerance}{tail}。");
    }

    /// <summary>Makes the terms that were added up, in the unit of the finding.</summary>
    public FindingTerm[] Make() => FigureTerms.Make(_disclosure, _terms, _unit);
}

/// <summary>The messages of a stated share or growth rate recomputed from the printed amounts, and the amounts as terms.</summary>
internal sealed class RatioFindingText : FindingText, IFindingTermSource
{
    private readonly BudgetDisclosure _disclosure;
    private readonly FigureRef[] _inputs;
    private readonly FindingLocation _location;
    private readonly string _whatEn;
    private readonly string _whatZh;
    private readonly bool _rounding;
    private readonly decimal _printed;
    private readonly decimal _expected;
    private readonly decimal _rounded;
    private readonly int _scale;

    public RatioFindingText(BudgetDisclosure disclosure, FigureRef[] inputs, FindingLocation location, string whatEn, string whatZh, bool rounding, decimal printed, decimal expected, decimal rounded, int scale)
    {
        _disclosure = disclosure;
        _inputs = inputs;
        _location = location;
        _whatEn = whatEn;
        _whatZh = whatZh;
        _rounding = rounding;
        _printed = printed;
        _expected = expected;
        _rounded = rounded;
        _scale = scale;
    }

    public override string En()
    {
        string verdict = _rounding ? "rounding of the printed amounts explains it" : "rounding of the printed amounts does not explain it";
        return string.Create(CultureInfo.InvariantCulture, $"{_location.Label}: printed {_printed}%, but the {_whatEn} recomputed from the printed amounts is {_expected}% (printed to {_scale} decimals: {_rounded}%); {verdict}.");
    }

    public override string Zh()
    {
        string verdict = _rounding ? "可由所列金额的四舍五入解释" : "不能由所列金额的四舍五入解释";
        return string.Create(CultureInfo.InvariantCulture, $"{_location.Label}：列示 {_printed}%，按所列金额重新计算的{_whatZh}为 {_expected}%（保留 {_scale} 位小数为 {_rounded}%），{verdict}。");
    }

    /// <summary>Makes the terms the ratio was recomputed from, as printed.</summary>
    public FindingTerm[] Make() => FigureTerms.Make(_disclosure, _inputs, null);
}
