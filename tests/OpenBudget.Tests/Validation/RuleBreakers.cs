using OpenBudget.Disclosures;
using OpenBudget.Validation;
using static OpenBudget.Tests.Validation.Edits;

namespace OpenBudget.Tests.Validation;

/// <summary>For every rule of the catalogue, an edit of a consistent disclosure that breaks the rule's identity, and the verdict the rule must give.</summary>
internal static class RuleBreakers
{
    private const decimal One = 1.00m;

    public static readonly IReadOnlyDictionary<string, Func<BudgetDisclosure, (BudgetDisclosure Broken, Verdict Verdict)>> ByRule =
        new Dictionary<string, Func<BudgetDisclosure, (BudgetDisclosure, Verdict)>>
        {
            ["OB1001"] = d => (AddToCell(d, TableKind.Income, Kind(RowKind.Item), ColumnKeys.Total, One), Verdict.Error),
            ["OB1002"] = d => (AddToCell(d, TableKind.Expenditure, Total(), ColumnKeys.Basic, One), Verdict.Error),
            ["OB1003"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetProjectExpenditure, Kind(RowKind.Unit), ColumnKeys.Total, One), Verdict.Error),
            ["OB1004"] = d => (AddToCell(d, TableKind.PriorYearCarryOver, Total(), ColumnKeys.Total, One), Verdict.Error),
            ["OB1101"] = d => (AddToCell(d, TableKind.Expenditure, Kind(RowKind.Item), ColumnKeys.Project, One), Verdict.Error),
            ["OB1102"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetBasicExpenditure, Kind(RowKind.Section), ColumnKeys.Personnel, One), Verdict.Error),
            ["OB1103"] = d => (AddToCell(d, TableKind.Income, Kind(RowKind.Item), ColumnKeys.NonFiscalCarryOver, One), Verdict.Error),
            ["OB1104"] = d => (AddToCell(d, TableKind.Income, Kind(RowKind.Item), ColumnKeys.GovernmentFund, One), Verdict.Error),
            ["OB1105"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetProjectExpenditure, Kind(RowKind.Project), "economic.399", One), Verdict.Error),
            ["OB1106"] = d => (AddToCell(d, TableKind.ThreePublicExpenses, Total(), ColumnKeys.StateCapital, One), Verdict.Error),
            ["OB1107"] = d => (AddToCell(d, TableKind.PriorYearCarryOver, Kind(RowKind.Project), ColumnKeys.NonFiscalProject, One), Verdict.Error),
            ["OB1201"] = d => (AddToCell(d, TableKind.IncomeExpenditureSummary, Line(RowKeys.GeneralPublicBudgetOwnRevenue), ColumnKeys.Income, One), Verdict.Error),
            ["OB1202"] = d => (AddToCell(d, TableKind.FiscalAppropriationSummary, Line(RowKeys.StateCapital), ColumnKeys.Income, One), Verdict.Error),
            ["OB1203"] = d => (AddToCell(d, TableKind.ThreePublicExpenses, Line(RowKeys.VehiclePurchase), ColumnKeys.Total, One), Verdict.Error),
            ["OB1301"] = d => (AddToCell(d, TableKind.IncomeExpenditureSummary, Total(TableSide.Expenditure), ColumnKeys.Expenditure, One), Verdict.Error),
            ["OB1302"] = d => (AddToCell(d, TableKind.FiscalAppropriationSummary, Total(TableSide.Expenditure), ColumnKeys.Total, One), Verdict.Error),
            ["OB1303"] = d => (AddToCell(d, TableKind.Expenditure, Kind(RowKind.Class), ColumnKeys.Total, One), Verdict.Error),
            ["OB1304"] = d => (AddToCell(d, TableKind.IncomeExpenditureSummary, Line(RowKeys.FiscalSpecialAccount), ColumnKeys.Income, One), Verdict.Error),
            ["OB1305"] = d => (AddToCell(d, TableKind.FiscalAppropriationSummary, Kind(RowKind.Class), ColumnKeys.GovernmentFund, One), Verdict.Error),
            ["OB1306"] = d => (AddToCell(d, TableKind.FiscalAppropriationSummary, Line(RowKeys.GovernmentFund), ColumnKeys.Income, One), Verdict.Error),
            ["OB1307"] = d => (AddToCell(d, TableKind.Income, Kind(RowKind.Item), ColumnKeys.GeneralPublicBudgetTransfer, One), Verdict.Error),
            ["OB1308"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetBasicExpenditure, Total(), ColumnKeys.Total, One), Verdict.Error),
            ["OB1309"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetExpenditure, Kind(RowKind.Item), ColumnKeys.Project, One), Verdict.Error),
            ["OB1310"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetBasicExpenditure, r => r.Economic?.Value == 30231, ColumnKeys.Total, One), Verdict.Error),
            ["OB1311"] = d => (AddToCell(d, TableKind.IncomeExpenditureSummary, Line(RowKeys.NonFiscalCarryOver), ColumnKeys.Income, One), Verdict.Error),
            ["OB1312"] = d => (AddToCell(d, TableKind.CommissionedServices, Kind(RowKind.Project), ColumnKeys.Total, One), Verdict.Error),
            ["OB1401"] = d => (EditGroup(d, FigureGroupKeys.Income, g => EditPart(g, RowKeys.UnitFunds, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1402"] = d => (EditGroup(d, FigureGroupKeys.Expenditure, g => EditPart(g, ColumnKeys.Basic, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1403"] = d => (EditGroup(d, FigureGroupKeys.FiscalAppropriation, g => EditPart(g, RowKeys.GeneralPublicBudget, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1404"] = d => (EditGroup(d, FigureGroupKeys.GeneralPublicBudget, g => EditPart(g, ColumnKeys.Project, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1405"] = d => (EditGroup(d, FigureGroupKeys.BasicExpenditure, g => EditPart(g, ColumnKeys.Personnel, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1406"] = d => (EditGroup(d, FigureGroupKeys.ThreePublicExpenses, g => EditPart(g, RowKeys.VehiclePurchase, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1407"] = d => (EditGroup(d, FigureGroupKeys.CarryOver, g => EditPart(g, RowKeys.NonFiscalCarryOver, p => p with { Amount = Plus(p.Amount, One) })), Verdict.Error),
            ["OB1410"] = d => (EditGroup(d, FigureGroupKeys.Income, g => EditPart(g, 0, p => p with { SharePercent = Plus(p.SharePercent, One) })), Verdict.Error),
            ["OB1411"] = d => (EditGroup(d, FigureGroupKeys.Income, g => EditPart(g, 0, p => p with { Change = p.Change! with { RatePercent = Plus(p.Change.RatePercent, One) } })), Verdict.Error),
            ["OB1412"] = d => (EditGroup(d, FigureGroupKeys.CommissionedServices, g => g with { Total = g.Total! with { Amount = Plus(g.Total.Amount, One) } }), Verdict.Error),
            ["OB1413"] = d => (EditGroup(d, FigureGroupKeys.Expenditure, g => EditPart(g, 1, p => p with { SharePercent = Plus(p.SharePercent, One) })), Verdict.Error),
            ["OB1420"] = d => (AddToCell(d, TableKind.GeneralPublicBudgetProjectExpenditure, Kind(RowKind.Project), ColumnKeys.Total, One), Verdict.Error),
            ["OB1421"] = d => (EditProject(d, 0, p => p with { Allocation = [.. p.Allocation.Select((a, i) => i == 0 ? a with { Amount = Plus(a.Amount, One) } : a)] }), Verdict.Error),
            ["OB1430"] = d => (d with { Explanations = d.Explanations with { Procurement = d.Explanations.Procurement! with { Works = Plus(d.Explanations.Procurement.Works, One) } } }, Verdict.Error),
            ["OB1431"] = d => (d with
            {
                Explanations = d.Explanations with
                {
                    Assets = d.Explanations.Assets! with { Holdings = [.. d.Explanations.Assets.Holdings.Select(h => h.Key == "vehicles.other" ? h with { Quantity = 1 } : h)] },
                },
            }, Verdict.Error),
            ["OB1432"] = d => (d with { Explanations = d.Explanations with { Performance = d.Explanations.Performance! with { FiscalProjectsAmount = Plus(d.Explanations.Performance.FiscalProjectsAmount, One) } } }, Verdict.Error),
            ["OB1501"] = d => (EditPerformanceProject(d, 0, p => p with { Funding = p.Funding with { Other = 1.00m } }), Verdict.Error),
            ["OB1502"] = d => (d with
            {
                Performance = d.Performance with
                {
                    Department = d.Performance.Department! with
                    {
                        Funding = d.Performance.Department.Funding with { Lines = [.. d.Performance.Department.Funding.Lines.Select((l, i) => i == 0 ? l with { Amount = Plus(l.Amount, One) } : l)] },
                    },
                },
            }, Verdict.Error),
            ["OB1503"] = d => (EditPerformanceProject(d, 0, p => p with { Indicators = [.. p.Indicators.Select((x, i) => i == 0 ? x with { Weight = x.Weight + 1 } : x)] }), Verdict.Error),
            ["OB1601"] = d => (ReplaceRow(d, TableKind.GeneralPublicBudgetExpenditure, r => r.Kind == RowKind.Class, r => r with { Name = r.Name + "补充" }), Verdict.Mismatch),
            ["OB1602"] = d => (ReplaceRow(d, TableKind.GeneralPublicBudgetBasicExpenditure, r => r.Kind == RowKind.Section, r => r with { Name = "未列名经济科目" }), Verdict.Mismatch),
            ["OB1603"] = d => (ReplaceRow(d, TableKind.CommissionedServices, r => r.Kind == RowKind.Project, r => r with { Project = r.Project + "费" }), Verdict.Mismatch),
            ["OB1604"] = d => (EditPerformanceProject(d, 0, p => p with { BudgetUnit = p.BudgetUnit!.Replace("（本级）", "", StringComparison.Ordinal) + "机关" }), Verdict.Mismatch),
        };
}
