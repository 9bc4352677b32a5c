using System.Globalization;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>A printed figure taking part in a check: its amount and unit, and where it is printed, so that a pointer and a label can be made only when a finding needs them.</summary>
internal readonly struct FigureRef
{
    private FigureRef(FigureSite site, Amount amount, PresentationUnit unit, int a, int b, int c, FigureField field, string? key, bool exact = false)
    {
        Exact = exact;
        Site = site;
        Amount = amount;
        Unit = unit;
        A = a;
        B = b;
        C = c;
        Field = field;
        Key = key;
    }

    public FigureSite Site { get; }

    public Amount Amount { get; }

    public PresentationUnit Unit { get; }

    public int A { get; }

    public int B { get; }

    public int C { get; }

    public FigureField Field { get; }

    public string? Key { get; }

    /// <summary>Gets a value indicating whether the figure is exact (a count, a weight, a constant): it adds nothing to the rounding tolerance.</summary>
    public bool Exact { get; }

    /// <summary>Gets a value indicating whether the figure is a constant the rule supplies (100%, the expected indicator weight) rather than a printed one.</summary>
    public bool IsConstant => Site is FigureSite.SharesTotal or FigureSite.WeightsTotal;

    /// <summary>Gets half a unit of the figure's last printed digit, zero for exact figures and blanks.</summary>
    public decimal HalfUnit => Exact ? 0m : ValidationContext.HalfUnit(Amount);

    public static FigureRef Cell(int table, int row, string column, Amount amount, PresentationUnit unit)
        => new(FigureSite.Cell, amount, unit, table, row, 0, FigureField.Amount, column);

    /// <summary>Makes the 100% the stated shares of an explanation group should add up to.</summary>
    public static FigureRef SharesTotal(int group)
        => new(FigureSite.SharesTotal, 100m, PresentationUnit.TenThousandYuan, group, 0, 0, FigureField.Amount, null, exact: true);

    /// <summary>Makes the total the indicator weights of a performance table (-1 for the department table) should reach.</summary>
    public static FigureRef WeightsTotal(int table, decimal expected)
        => new(FigureSite.WeightsTotal, expected, PresentationUnit.TenThousandYuan, table, 0, 0, FigureField.Amount, null, exact: true);

    public static FigureRef GroupSubPart(int group, int part, int line, Amount amount, PresentationUnit unit)
        => new(FigureSite.GroupSubPart, amount, unit, group, part, line, FigureField.Amount, null);

    public static FigureRef Group(int group, int part, FigureField field, Amount amount, PresentationUnit unit)
        => new(FigureSite.GroupFigure, amount, unit, group, part, 0, field, null);

    public static FigureRef ProjectSize(int project, Amount amount, PresentationUnit unit)
        => new(FigureSite.ProjectSize, amount, unit, project, 0, 0, FigureField.Amount, null);

    public static FigureRef ProjectAllocation(int project, int line, Amount amount, PresentationUnit unit)
        => new(FigureSite.ProjectAllocation, amount, unit, project, line, 0, FigureField.Amount, null);

    public static FigureRef Procurement(FigureField field, Amount amount, PresentationUnit unit)
        => new(FigureSite.Procurement, amount, unit, 0, 0, 0, field, null);

    public static FigureRef Asset(int holding, FigureField field, Amount amount, PresentationUnit unit)
        => new(FigureSite.Asset, amount, unit, holding, 0, 0, field, null, exact: field == FigureField.Quantity);

    public static FigureRef Funding(int table, FigureField field, int line, Amount amount, PresentationUnit unit)
        => new(FigureSite.PerformanceFunding, amount, unit, table, line, 0, field, null);

    public static FigureRef Weight(int table, int indicator, Amount amount)
        => new(FigureSite.IndicatorWeight, amount, PresentationUnit.TenThousandYuan, table, indicator, 0, FigureField.Amount, null, exact: true);

    public static FigureRef Summary(FigureField field, Amount amount, PresentationUnit unit)
        => new(FigureSite.PerformanceSummary, amount, unit, 0, 0, 0, field, null);

    /// <summary>Makes the RFC 6901 pointer of the figure into the disclosure's JSON.</summary>
    public string Pointer() => Path().ToPointer();

    /// <summary>Makes the tokens of the figure's pointer.</summary>
    public PlacePath Path()
    {
        var path = default(PlacePath);
        switch (Site)
        {
            case FigureSite.SharesTotal:
                AddGroup(ref path);
                path.Add("parts");
                break;
            case FigureSite.WeightsTotal:
                AddPerformanceTable(ref path, A);
                path.Add("indicators");
                break;
            case FigureSite.GroupSubPart:
                AddGroup(ref path);
                path.Add("parts");
                path.Add(B);
                path.Add("parts");
                path.Add(C);
                path.Add("amount");
                break;
            case FigureSite.Cell:
                path.Add("tables");
                path.Add(A);
                path.Add("rows");
                path.Add(B);
                path.Add("cells");
                path.AddKey(Key!);
                break;
            case FigureSite.GroupFigure:
                AddGroup(ref path);
                if (B < 0)
                {
                    path.Add("total");
                }
                else
                {
                    path.Add("parts");
                    path.Add(B);
                }

                AddField(ref path);
                break;
            case FigureSite.ProjectSize:
                AddProject(ref path);
                path.Add("size");
                break;
            case FigureSite.ProjectAllocation:
                AddProject(ref path);
                path.Add("allocation");
                path.Add(B);
                path.Add("amount");
                break;
            case FigureSite.Procurement:
                path.Add("explanations");
                path.Add("procurement");
                AddField(ref path);
                break;
            case FigureSite.Asset:
                path.Add("explanations");
                path.Add("assets");
                path.Add("holdings");
                path.Add(A);
                AddField(ref path);
                break;
            case FigureSite.PerformanceFunding:
                AddPerformanceTable(ref path, A);
                path.Add("funding");
                if (Field == FigureField.Line)
                {
                    path.Add("lines");
                    path.Add(B);
                    path.Add("amount");
                }
                else
                {
                    AddField(ref path);
                }

                break;
            case FigureSite.IndicatorWeight:
                AddPerformanceTable(ref path, A);
                path.Add("indicators");
                path.Add(B);
                path.Add("weight");
                break;
            case FigureSite.PerformanceSummary:
                path.Add("explanations");
                path.Add("performance");
                AddField(ref path);
                break;
        }

        return path;
    }

    /// <summary>Makes a label a person reads, e.g. "表2 · 206 01 · 总计".</summary>
    public string Label(BudgetDisclosure disclosure)
    {
        switch (Site)
        {
            case FigureSite.SharesTotal:
                return $"说明 · {Labels.Group(disclosure.Explanations.Groups[A].Key)} · 占比合计 100%";
            case FigureSite.WeightsTotal:
                return $"绩效 · {Labels.PerformanceTable(PerformanceTable(disclosure, A))} · 分值权重合计应为 {ValidationContext.Format(Amount.ValueOrZero)}";
            case FigureSite.Cell:
                DisclosureTable table = disclosure.Tables[A];
                TableRow row = table.Rows[B];
                return string.Concat(Labels.Table(table), " · ", Labels.Row(row), " · ", TableShape.ColumnLabel(table, Key!));
            case FigureSite.GroupFigure:
                FigureGroup group = disclosure.Explanations.Groups[A];
                string subject = B < 0 ? (group.Total?.Subject is { Length: > 0 } s ? s : "合计") : group.Parts[B].Subject;
                return $"说明 · {Labels.Group(group.Key)} · {subject}{Labels.Field(Field)}";
            case FigureSite.GroupSubPart:
                StatedFigure figure = disclosure.Explanations.Groups[A].Parts[B];
                return $"说明 · {Labels.Group(disclosure.Explanations.Groups[A].Key)} · {figure.Subject} · {figure.Parts[C].Name}";
            case FigureSite.ProjectSize:
                return $"说明 · 项目 · {disclosure.Explanations.Projects[A].Name} · 预算安排规模";
            case FigureSite.ProjectAllocation:
                ProjectDescription project = disclosure.Explanations.Projects[A];
                return $"说明 · 项目 · {project.Name} · 资金分配 · {project.Allocation[B].Name}";
            case FigureSite.Procurement:
                return "说明 · 政府采购 · " + Field switch { FigureField.Goods => "货物", FigureField.Works => "工程", FigureField.Services => "服务", _ => "合计" };
            case FigureSite.Asset:
                AssetHolding holding = disclosure.Explanations.Assets!.Holdings[A];
                return $"说明 · 国有资产 · {holding.Name}" + (Field == FigureField.Quantity ? " · 数量" : " · 价值");
            case FigureSite.PerformanceFunding:
                PerformanceTable funded = PerformanceTable(disclosure, A);
                string field = Field switch
                {
                    FigureField.Fiscal => "财政拨款",
                    FigureField.Other => "其他资金",
                    FigureField.Line => funded.Funding.Lines[B].Name,
                    _ => "资金总额",
                };
                return $"绩效 · {Labels.PerformanceTable(funded)} · {field}";
            case FigureSite.IndicatorWeight:
                PerformanceTable weighted = PerformanceTable(disclosure, A);
                return $"绩效 · {Labels.PerformanceTable(weighted)} · {weighted.Indicators[B].Name} · 分值权重";
            case FigureSite.PerformanceSummary:
                return "说明 · 预算绩效 · " + Field switch
                {
                    FigureField.DepartmentAmount => "整体绩效目标金额",
                    FigureField.FiscalProjectsAmount => "财政拨款项目金额",
                    _ => "非财政拨款项目金额",
                };
            default:
                return "";
        }
    }

    /// <summary>Adds the tokens of a performance table's pointer: the department table for -1, else a project's.</summary>
    internal static void AddPerformanceTable(ref PlacePath path, int table)
    {
        path.Add("performance");
        if (table < 0)
        {
            path.Add("department");
        }
        else
        {
            path.Add("projects");
            path.Add(table);
        }
    }

    internal static PerformanceTable PerformanceTable(BudgetDisclosure disclosure, int table)
        => table < 0 ? disclosure.Performance.Department! : disclosure.Performance.Projects[table];

    private void AddGroup(ref PlacePath path)
    {
        path.Add("explanations");
        path.Add("groups");
        path.Add(A);
    }

    private void AddProject(ref PlacePath path)
    {
        path.Add("explanations");
        path.Add("projects");
        path.Add(A);
    }

    /// <summary>Adds the tokens that name the figure's field within its place, if any.</summary>
    private void AddField(ref PlacePath path)
    {
        if (Field == FigureField.ChangeAmount || Field == FigureField.ChangeRate)
        {
            path.Add("change");
        }

        if (FieldName() is { Length: > 0 } name)
        {
            path.Add(name);
        }
    }

    private string FieldName() => Field switch
    {
        FigureField.Amount when Site == FigureSite.GroupFigure => "amount",
        FigureField.Share => "sharePercent",
        FigureField.ChangeAmount => "amount",
        FigureField.ChangeRate => "ratePercent",
        FigureField.Total => "total",
        FigureField.Goods => "goods",
        FigureField.Works => "works",
        FigureField.Services => "services",
        FigureField.Value => "value",
        FigureField.Quantity => "quantity",
        FigureField.Fiscal => "fiscal",
        FigureField.Other => "other",
        FigureField.DepartmentAmount => "departmentAmount",
        FigureField.FiscalProjectsAmount => "fiscalProjectsAmount",
        FigureField.NonFiscalProjectsAmount => "nonFiscalProjectsAmount",
        _ => "",
    };
}
