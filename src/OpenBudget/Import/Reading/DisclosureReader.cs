using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads a whole disclosure from printed lines: scans its parts, reads the overview first (so that tables know the units), then the tables, the explanations, the performance tables and the glossary.</summary>
internal static class DisclosureReader
{
    internal static ImportResult Read(IReadOnlyList<PrintedLine> lines, ImportOptions options)
    {
        int preliminaryYear = options.FiscalYear ?? GuessYear(lines) ?? ClassificationCatalogues.AvailableYears[^1];
        ClassificationCatalogues catalogues = options.Catalogues ?? ClassificationCatalogues.Nearest(preliminaryYear);
        var context = new ReadContext(lines, catalogues);
        if (lines.All(l => l.IsBlank))
        {
            return Fatal(context, ImportDiagnosticCodes.EmptyInput, "The input holds no text.");
        }

        var scanner = new DocumentScanner(context);
        scanner.Scan();
        string frontTitle = Texts.Norm(string.Join(" ", scanner.FrontMatter.Where(l => !Texts.Compact(l.RawText).Contains('：', StringComparison.Ordinal)).Select(l => l.RawText.Replace('\t', ' '))));
        int? year = options.FiscalYear ?? Texts.FindYear(Texts.Compact(frontTitle)) ?? GuessYear(lines);
        if (year is int y && options.Catalogues is null && y != catalogues.Year && ClassificationCatalogues.TryForYear(y, out ClassificationCatalogues? exact))
        {
            context.Catalogues = exact;
            context.Names = CatalogueNames.For(exact);
        }

        context.FiscalYear = year ?? 0;
        (string? preparer, PresentationUnit? unit) = MostCommonMeta(context);
        context.Department = options.Department ?? scanner.DeclaredDepartment ?? preparer ?? DepartmentFromTitle(frontTitle) ?? "";
        context.DocumentUnit = unit ?? PresentationUnit.TenThousandYuan;

        List<Paragraph> paragraphs = ProseLines.BuildParagraphs(scanner.Prose);
        Section tree = ProseLines.BuildTree(paragraphs);
        bool hasSections = tree.Subsections.Any(s => SectionRouter.Classify(s, false) != SectionKind.Unknown);
        if (scanner.Tables.Count == 0 && scanner.PerformanceTables.Count == 0 && !hasSections)
        {
            return Fatal(context, ImportDiagnosticCodes.NotADisclosure, "No disclosure content was found: no table titles (…情况表, …预算总表) and no known section headings (主要职能, 情况说明, 名词解释).");
        }

        var prose = new ProseReader(context);
        prose.ReadOverview(tree);
        var tableReader = new TableReader(context);
        var tables = new List<DisclosureTable>(scanner.Tables.Count);
        foreach (TableBlock block in scanner.Tables)
        {
            tables.Add(tableReader.Read(block));
        }

        prose.ReadRest(tree);
        var performanceReader = new PerformanceTableReader(context);
        PerformanceTable? department = null;
        var projects = new List<PerformanceTable>();
        foreach (PerformanceBlock block in scanner.PerformanceTables)
        {
            PerformanceTable table = performanceReader.Read(block);
            if (table.Scope == PerformanceScope.Department && department is null)
            {
                department = table;
            }
            else
            {
                projects.Add(table);
            }
        }

        string title = frontTitle.Length > 0 ? frontTitle : context.Department;
        var disclosure = new BudgetDisclosure
        {
            Department = context.Department,
            FiscalYear = context.FiscalYear,
            Phase = Texts.Compact(title).Contains("决算", StringComparison.Ordinal) || tables.Any(t => t.Title.Contains("决算", StringComparison.Ordinal)) ? DisclosurePhase.FinalAccounts : DisclosurePhase.Budget,
            Title = title,
            Region = options.Region,
            PublishedOn = options.PublishedOn,
            Source = options.Source ?? new SourceDocument(title, null, "text"),
            Unit = context.DocumentUnit,
            Overview = prose.BuildOverview(),
            Tables = tables.ToEquatableArray(),
            Explanations = prose.BuildExplanations(),
            Performance = new PerformanceTargets
            {
                Department = department,
                Projects = projects.ToEquatableArray(),
                Notes = prose.PerformanceNotes.ToEquatableArray(),
            },
            Glossary = prose.Glossary.ToEquatableArray(),
        };

        if (context.FiscalYear == 0)
        {
            context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnreadStatement, "The fiscal year is not printed in the title; set it with ImportOptions.FiscalYear.");
        }

        ImportCoverage coverage = context.Ledger.ToCoverage();
        if (coverage.NotPlaced.Count > 0)
        {
            context.Report(ImportSeverity.Info, ImportDiagnosticCodes.NumbersNotPlaced, $"{coverage.NotPlaced.Count} of {coverage.Found} numbers were not placed in the model; the coverage figure lists them with their lines.");
        }

        return new ImportResult
        {
            Disclosure = disclosure,
            Diagnostics = [.. context.Diagnostics.OrderBy(d => d.Line ?? int.MaxValue)],
            Coverage = coverage,
        };
    }

    private static ImportResult Fatal(ReadContext context, string code, string message)
    {
        context.Report(ImportSeverity.Fatal, code, message);
        return new ImportResult { Disclosure = null, Diagnostics = [.. context.Diagnostics], Coverage = context.Ledger.ToCoverage() };
    }

    private static int? GuessYear(IReadOnlyList<PrintedLine> lines)
    {
        foreach (PrintedLine line in lines.Take(40))
        {
            if (!line.IsBlank && Texts.FindYear(Texts.Compact(line.RawText)) is int year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>Finds the preparer (编制部门) and the unit (单位) the tables' metadata lines name most often, reading each line once.</summary>
    private static (string? PreparedBy, PresentationUnit? Unit) MostCommonMeta(ReadContext context)
    {
        var preparers = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new Dictionary<PresentationUnit, int>();
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (!context.IsMeta(i, out string? preparedBy, out PresentationUnit? unit))
            {
                continue;
            }

            if (preparedBy is { Length: > 0 })
            {
                preparers[preparedBy] = preparers.GetValueOrDefault(preparedBy) + 1;
            }

            if (unit is PresentationUnit u)
            {
                units[u] = units.GetValueOrDefault(u) + 1;
            }
        }

        return (preparers.Count == 0 ? null : preparers.MaxBy(kv => kv.Value).Key, units.Count == 0 ? null : units.MaxBy(kv => kv.Value).Key);
    }

    private static string? DepartmentFromTitle(string title)
    {
        string c = Texts.Compact(title);
        if (c.Length > 5 && Texts.IsDigits(c.AsSpan(0, 4)) && c[4] == '年')
        {
            c = c[5..];
        }

        foreach (string tail in (ReadOnlySpan<string>)["部门预算公开", "部门决算公开", "部门预算", "部门决算", "预算公开", "决算公开"])
        {
            int at = c.IndexOf(tail, StringComparison.Ordinal);
            if (at > 0)
            {
                return c[..at];
            }
        }

        return null;
    }
}
