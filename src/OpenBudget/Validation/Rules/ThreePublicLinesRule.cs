using OpenBudget.Disclosures;
using static OpenBudget.Disclosures.RowKeys;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1203: table 10's lines add up in every column: 公务用车购置及运行维护费 = 购置 + 运行维护; 总计 = 因公出国（境） + 公务接待 + 公务用车.</summary>
internal sealed class ThreePublicLinesRule : LineSumRule
{
    private const TableKind Kind = TableKind.ThreePublicExpenses;

    public ThreePublicLinesRule()
        : base(
            "OB1203",
            "Table 10's lines add up",
            "表10“三公”经费各行勾稽",
            [
                new(Kind, null, Vehicles, [VehiclePurchase, VehicleOperation]),
                new(Kind, null, TableShape.TotalLine, [OverseasTravel, Reception, Vehicles]),
                new(Kind, null, ThreePublicTotal, [OverseasTravel, Reception, Vehicles]),
            ])
    {
    }
}
