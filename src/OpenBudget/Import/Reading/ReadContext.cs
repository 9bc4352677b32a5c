using OpenBudget.Classification;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>What the readers of one document share: its lines, the number ledger, the diagnostics, the catalogues and what is known so far (department, units, year).</summary>
internal sealed class ReadContext
{
    private readonly List<ImportDiagnostic> _diagnostics = [];
    private MetaReading[]? _meta;

    internal ReadContext(IReadOnlyList<PrintedLine> lines, ClassificationCatalogues catalogues)
    {
        Lines = lines;
        Ledger = new NumberLedger(lines);
        Catalogues = catalogues;
        Names = CatalogueNames.For(catalogues);
    }

    internal IReadOnlyList<PrintedLine> Lines { get; }

    internal NumberLedger Ledger { get; }

    internal ClassificationCatalogues Catalogues { get; set; }

    internal CatalogueNames Names { get; set; }

    internal string Department { get; set; } = "";

    internal int FiscalYear { get; set; }

    internal PresentationUnit DocumentUnit { get; set; } = PresentationUnit.TenThousandYuan;

    /// <summary>Gets the budget units named in the overview, compacted, with their suffixes (本级, 本部) removed.</summary>
    internal HashSet<string> UnitNames { get; } = new(StringComparer.Ordinal);

    internal IReadOnlyList<ImportDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads the metadata (编制部门, 单位) of the line at an index as <see cref="TableLines.IsMeta"/> does, once per line: the scanner, the document's defaults and the table reader all ask.</summary>
    internal bool IsMeta(int index, out string? preparedBy, out PresentationUnit? unit)
    {
        _meta ??= new MetaReading[Lines.Count];
        ref MetaReading meta = ref _meta[index];
        if (!meta.Read)
        {
            bool isMeta = TableLines.IsMeta(Lines[index], out string? preparer, out PresentationUnit? printedUnit);
            meta = new MetaReading(true, isMeta, preparer, printedUnit);
        }

        preparedBy = meta.PreparedBy;
        unit = meta.Unit;
        return meta.IsMeta;
    }

    internal void Report(ImportSeverity severity, string code, string message, PrintedLine? line = null)
        => _diagnostics.Add(new ImportDiagnostic(severity, code, message, line?.LineNumber, line?.Page));

    internal static string UnitKey(string name)
    {
        string c = Texts.Compact(name);
        foreach (string suffix in (ReadOnlySpan<string>)["（本级）", "(本级)", "本级", "（本部）", "(本部)", "本部", "机关"])
        {
            if (c.EndsWith(suffix, StringComparison.Ordinal) && c.Length > suffix.Length + 2)
            {
                return c[..^suffix.Length];
            }
        }

        return c;
    }

    /// <summary>A line's metadata as read, or not read yet.</summary>
    private readonly record struct MetaReading(bool Read, bool IsMeta, string? PreparedBy, PresentationUnit? Unit);
}
