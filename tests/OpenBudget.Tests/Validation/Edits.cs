using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>Consistent disclosures to start from, and small edits that break exactly one printed figure or name.</summary>
internal static class Edits
{
    private static readonly Lazy<BudgetDisclosure> BaselineValue = new(() => new SyntheticDisclosureGenerator(new SyntheticDisclosureOptions
    {
        Seed = 20260227,
        Units = 3,
        ProjectsPerUnit = 3,
        CarryOverProjectsPerUnit = 1,
        FunctionalItems = 6,
    }).Generate());

    /// <summary>Gets a generated disclosure with every table, explanation and performance table, consistent by construction.</summary>
    public static BudgetDisclosure Baseline => BaselineValue.Value;

    public static ValidationReport Validate(BudgetDisclosure disclosure, ValidationOptions? options = null) => new DisclosureValidator(options).Validate(disclosure);

    public static int TableIndex(BudgetDisclosure disclosure, TableKind kind)
    {
        for (int i = 0; i < disclosure.Tables.Count; i++)
        {
            if (disclosure.Tables[i].Kind == kind)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The disclosure has no table of kind {kind}.");
    }

    /// <summary>Adds an amount to the first cell of a row matching the predicate in a column.</summary>
    public static BudgetDisclosure AddToCell(BudgetDisclosure disclosure, TableKind kind, Func<TableRow, bool> row, string column, decimal delta)
        => AddToCellWithPointer(disclosure, kind, row, column, delta).Disclosure;

    public static InjectedError AddToCellWithPointer(BudgetDisclosure disclosure, TableKind kind, Func<TableRow, bool> row, string column, decimal delta)
    {
        int table = TableIndex(disclosure, kind);
        var rows = disclosure.Tables[table].Rows;
        for (int r = 0; r < rows.Count; r++)
        {
            if (row(rows[r]))
            {
                return SyntheticDisclosureGenerator.InjectError(disclosure, table, r, column, delta);
            }
        }

        throw new InvalidOperationException($"No row of {kind} matches.");
    }

    public static Func<TableRow, bool> Line(string key, TableSide? side = null)
        => r => r.Kind == RowKind.Line && r.Key == key && (side is null || r.Side == side);

    public static Func<TableRow, bool> Total(TableSide? side = null)
        => r => r.Kind == RowKind.Total && (side is null || r.Side == side);

    public static Func<TableRow, bool> Kind(RowKind kind) => r => r.Kind == kind;

    public static BudgetDisclosure ReplaceTable(BudgetDisclosure disclosure, TableKind kind, Func<DisclosureTable, DisclosureTable> edit)
        => disclosure with { Tables = [.. disclosure.Tables.Select(t => t.Kind == kind ? edit(t) : t)] };

    public static BudgetDisclosure ReplaceRow(BudgetDisclosure disclosure, TableKind kind, Func<TableRow, bool> match, Func<TableRow, TableRow> edit)
        => ReplaceTable(disclosure, kind, t =>
        {
            int index = t.Rows.AsImmutableArray().IndexOf(t.Rows.First(match));
            return t with { Rows = [.. t.Rows.Select((r, i) => i == index ? edit(r) : r)] };
        });

    public static BudgetDisclosure WithoutTable(BudgetDisclosure disclosure, TableKind kind)
        => disclosure with { Tables = [.. disclosure.Tables.Where(t => t.Kind != kind)] };

    public static BudgetDisclosure EditGroup(BudgetDisclosure disclosure, string key, Func<FigureGroup, FigureGroup> edit)
        => disclosure with
        {
            Explanations = disclosure.Explanations with { Groups = [.. disclosure.Explanations.Groups.Select(g => g.Key == key ? edit(g) : g)] },
        };

    public static FigureGroup EditPart(FigureGroup group, int part, Func<StatedFigure, StatedFigure> edit)
        => group with { Parts = [.. group.Parts.Select((p, i) => i == part ? edit(p) : p)] };

    public static FigureGroup EditPart(FigureGroup group, string key, Func<StatedFigure, StatedFigure> edit)
        => group with { Parts = [.. group.Parts.Select(p => p.Key == key ? edit(p) : p)] };

    public static Amount Plus(Amount amount, decimal delta) => amount.ValueOrZero + delta;

    public static BudgetDisclosure EditProject(BudgetDisclosure disclosure, int index, Func<ProjectDescription, ProjectDescription> edit)
        => disclosure with
        {
            Explanations = disclosure.Explanations with { Projects = [.. disclosure.Explanations.Projects.Select((p, i) => i == index ? edit(p) : p)] },
        };

    public static BudgetDisclosure EditPerformanceProject(BudgetDisclosure disclosure, int index, Func<PerformanceTable, PerformanceTable> edit)
        => disclosure with
        {
            Performance = disclosure.Performance with { Projects = [.. disclosure.Performance.Projects.Select((p, i) => i == index ? edit(p) : p)] },
        };
}
