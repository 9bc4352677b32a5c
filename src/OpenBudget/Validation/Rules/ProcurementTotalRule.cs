using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1430: the government procurement budget (政府采购预算) equals goods + works + services.</summary>
internal sealed class ProcurementTotalRule : ValidationRule
{
    public ProcurementTotalRule()
        : base("OB1430", "Procurement total equals goods plus works plus services", "政府采购预算等于货物、工程、服务之和", RuleCategory.Explanations, Severity.Error, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Explanations.Procurement is null ? Explained.Reason("procurement statement (政府采购情况)") : null;
    }

    internal override void Check(ValidationContext context)
    {
        GovernmentProcurement procurement = context.Disclosure.Explanations.Procurement!;
        if (procurement.Total.IsBlank || (procurement.Goods.IsBlank && procurement.Works.IsBlank && procurement.Services.IsBlank))
        {
            return;
        }

        context.Terms.Add(FigureRef.Procurement(FigureField.Goods, procurement.Goods, procurement.Unit));
        context.Terms.Add(FigureRef.Procurement(FigureField.Works, procurement.Works, procurement.Unit));
        context.Terms.Add(FigureRef.Procurement(FigureField.Services, procurement.Services, procurement.Unit));
        context.CheckSum(FigureRef.Procurement(FigureField.Total, procurement.Total, procurement.Unit), "goods plus works plus services", "货物、工程、服务预算之和");
    }
}
