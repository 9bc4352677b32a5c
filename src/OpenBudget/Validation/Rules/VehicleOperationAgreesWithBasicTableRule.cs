using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1310: table 10's 公务用车运行维护费 equals economic code 30231 (公务用车运行维护费) in table 6.</summary>
internal sealed class VehicleOperationAgreesWithBasicTableRule : ValidationRule
{
    private static readonly EconomicCode VehicleOperation = EconomicCode.FromValue(30231, 1);

    public VehicleOperationAgreesWithBasicTableRule()
        : base("OB1310", "Table 10's vehicle running cost equals 30231 in table 6", "表10公务用车运行维护费等于表6的30231", RuleCategory.AcrossTables, Severity.Error, [TableKind.ThreePublicExpenses, TableKind.GeneralPublicBudgetBasicExpenditure], needsAllTables: true)
    {
    }

    internal override void Check(ValidationContext context)
    {
        context.TryTable(TableKind.ThreePublicExpenses, out DisclosureTable t10, out int i10);
        context.TryTable(TableKind.GeneralPublicBudgetBasicExpenditure, out DisclosureTable t6, out int i6);
        int line = TableShape.Line(t10, RowKeys.VehicleOperation, null);
        if (line < 0)
        {
            return;
        }

        int row = TableShape.EconomicRow(t6, VehicleOperation);
        if (row >= 0)
        {
            context.Terms.Add(TableShape.Main(t6, i6, row));
        }

        context.CheckSum(TableShape.Main(t10, i10, line), "economic code 30231 in table 6", "表6经济科目30231");
    }
}
