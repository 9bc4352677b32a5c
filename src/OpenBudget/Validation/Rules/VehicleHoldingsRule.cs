using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1431: the vehicles held (车辆) equal the sum of their kinds (一般公务用车, 执法执勤用车, 其他车辆), in number and in value.</summary>
internal sealed class VehicleHoldingsRule : ValidationRule
{
    private static readonly string[] Kinds = ["vehicles.general", "vehicles.lawEnforcement", "vehicles.other"];

    public VehicleHoldingsRule()
        : base("OB1431", "Vehicles held equal the sum of their kinds", "车辆数量及价值等于各类车辆之和", RuleCategory.Explanations, Severity.Error, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Explanations.Assets is null ? Explained.Reason("state assets statement (国有资产占用使用情况)") : null;
    }

    internal override void Check(ValidationContext context)
    {
        var holdings = context.Disclosure.Explanations.Assets!.Holdings;
        int total = -1;
        for (int h = 0; h < holdings.Count; h++)
        {
            if (holdings[h].Key == "vehicles")
            {
                total = h;
                break;
            }
        }

        if (total < 0)
        {
            return;
        }

        foreach (FigureField field in (ReadOnlySpan<FigureField>)[FigureField.Value, FigureField.Quantity])
        {
            for (int h = 0; h < holdings.Count; h++)
            {
                if (Array.IndexOf(Kinds, holdings[h].Key) >= 0)
                {
                    context.Terms.Add(Ref(holdings[h], h, field));
                }
            }

            if (context.Terms.Count > 0)
            {
                context.CheckSum(Ref(holdings[total], total, field), field == FigureField.Value ? "the sum of the kinds' values" : "the sum of the kinds' numbers", field == FigureField.Value ? "各类车辆价值之和" : "各类车辆数量之和");
            }
        }
    }

    private static FigureRef Ref(AssetHolding holding, int index, FigureField field)
        => field == FigureField.Value
            ? FigureRef.Asset(index, field, holding.Value, holding.Unit)
            : FigureRef.Asset(index, field, Amount.FromNullable(holding.Quantity), holding.Unit);
}
