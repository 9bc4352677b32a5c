using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads one standard table: its metadata, its header (mapped to column keys by meaning), its rows (continued pages joined, wrapped names re-joined) and its notes.</summary>
internal sealed class TableReader
{
    private readonly ReadContext _context;

    internal TableReader(ReadContext context) => _context = context;

    internal DisclosureTable Read(TableBlock block)
    {
        IReadOnlyList<PrintedLine> lines = _context.Lines;
        PrintedLine titleLine = lines[block.TitleIndex];
        string? preparedBy = null;
        PresentationUnit? unit = null;
        var segments = new List<Segment>();
        var current = new Segment();
        var notes = new List<string>();
        var firstHeader = new List<string>();
        State state = State.Prelude;
        for (int i = block.TitleIndex + 1; i < block.End; i++)
        {
            PrintedLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (_context.IsMeta(i, out string? prepared, out PresentationUnit? printedUnit))
            {
                preparedBy ??= prepared;
                unit ??= printedUnit;
                if (state == State.Body)
                {
                    segments.Add(current);
                    current = new Segment { Continued = true };
                    state = State.Header;
                }

                continue;
            }

            if (TableLines.IsYearLine(line) || TableLines.IsPageNumber(line))
            {
                continue;
            }

            if (state == State.Notes || (state != State.Prelude && TableLines.IsNote(line)))
            {
                string text = Texts.Norm(line.RawText);
                if (state == State.Notes && notes.Count > 0 && !Texts.EndsSentence(notes[^1]))
                {
                    notes[^1] = Texts.Norm(notes[^1] + " " + text);
                }
                else
                {
                    notes.Add(text);
                }

                _context.Ledger.KeepText(line);
                state = State.Notes;
                continue;
            }

            if (state is State.Prelude or State.Header)
            {
                if (TableLines.IsBodyLine(line, block.Kind))
                {
                    state = State.Body;
                    current.Body.Add(line);
                }
                else
                {
                    if (RepeatsHeaderOnNewPage(current.Header, line))
                    {
                        // The header was printed at the foot of a page and again above the rows on the next: keep the one above the rows.
                        current.Header.Clear();
                        if (segments.Count == 0)
                        {
                            firstHeader.Clear();
                        }
                    }

                    current.Header.Add(line);
                    if (segments.Count == 0)
                    {
                        firstHeader.Add(Texts.Compact(line.RawText));
                    }

                    state = State.Header;
                }

                continue;
            }

            if (RepeatsHeader(firstHeader, line) && !TableLines.IsBodyLine(line, block.Kind))
            {
                segments.Add(current);
                current = new Segment { Continued = true };
                current.Header.Add(line);
                state = State.Header;
                continue;
            }

            current.Body.Add(line);
        }

        segments.Add(current);
        foreach (Segment segment in segments)
        {
            foreach (PrintedLine header in segment.Header)
            {
                _context.Ledger.KeepText(header);
            }
        }

        var table = new DisclosureTable
        {
            Kind = block.Kind,
            Number = block.Number,
            Title = block.Title,
            PreparedBy = preparedBy,
            Unit = unit ?? _context.DocumentUnit,
        };

        if (block.Kind == TableKind.Other)
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnknownTable, $"The table '{block.Title}' is not one of the standard kinds; its columns and rows are kept as printed.", titleLine);
        }

        TableLayout? layout = null;
        var rows = new RowBuilder(_context, block.Kind);
        foreach (Segment segment in segments)
        {
            TableLayout? segmentLayout = segment.Header.Count == 0 ? layout : BuildLayout(segment.Header, block.Kind);
            if (segmentLayout is null)
            {
                if (segment.Body.Count > 0)
                {
                    _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.MissingHeader, $"The table '{block.Title}' has no header rows above its first row; its amounts cannot be matched to columns.", segment.Body[0]);
                }

                continue;
            }

            if (layout is null)
            {
                layout = segmentLayout;
                ReportUnknownColumns(layout, segment.Header[0], block.Title);
            }
            else if (!ReferenceEquals(segmentLayout, layout))
            {
                segmentLayout = Continue(layout, segmentLayout, segment.Header[0], block.Title);
            }

            rows.Read(segment.Body, segmentLayout, segment.Header.Count > 0 ? segment.Header[0] : null);
        }

        table = table with
        {
            Columns = layout is null ? default : layout.Columns.Select(ToColumn).ToEquatableArray(),
            Rows = rows.Rows.ToEquatableArray(),
            Notes = notes.ToEquatableArray(),
        };

        if (block.AtEndOfInput && !rows.SawTotal && rows.Rows.Count > 0)
        {
            PrintedLine last = segments.SelectMany(s => s.Body).LastOrDefault() ?? titleLine;
            _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.TruncatedTable, $"The input ends inside the table '{block.Title}' before its total row (合计/总计): the text seems cut off after this line.", last);
        }

        return table;
    }

    /// <summary>Tells whether a line repeats a line of the first page's header (a continued table's header), compacting it only when it is as long as one.</summary>
    private static bool RepeatsHeader(List<string> firstHeader, PrintedLine line)
    {
        int longest = 0;
        foreach (string header in firstHeader)
        {
            longest = Math.Max(longest, header.Length);
        }

        int length = Texts.CountNonSpace(line.RawText, longest + 1);
        if (length > longest)
        {
            return false;
        }

        bool sameLength = false;
        foreach (string header in firstHeader)
        {
            sameLength |= header.Length == length;
        }

        return sameLength && firstHeader.Contains(Texts.Compact(line.RawText));
    }

    private TableLayout BuildLayout(List<PrintedLine> header, TableKind kind)
    {
        bool twoSided = kind is TableKind.IncomeExpenditureSummary or TableKind.FiscalAppropriationSummary;
        TableLayout layout = header[0].Positions == CellPositions.Ordinal
            ? GridHeader.Build(header, twoSided, _context.Catalogues)
            : LayoutHeader.Build(header, twoSided, _context.Catalogues);
        RefineThreePublic(layout);
        MakeKeysUnique(layout);
        return layout;
    }

    /// <summary>In a "三公" table printed as one row of columns, 合计 is the three expenses' total and 小计 the vehicles' subtotal.</summary>
    private static void RefineThreePublic(TableLayout layout)
    {
        bool itemColumns = layout.Columns.Any(c => c.Key is ColumnKeys.OverseasTravel or ColumnKeys.Reception or ColumnKeys.VehiclePurchase or ColumnKeys.VehicleOperation);
        if (!itemColumns)
        {
            return;
        }

        bool totalSeen = false;
        foreach (ColumnSlot column in layout.Columns)
        {
            if (column.Key == ColumnKeys.Total && !totalSeen)
            {
                totalSeen = true;
                bool beforeItems = layout.Columns.IndexOf(column) < layout.Columns.FindIndex(c => c.Key is ColumnKeys.OverseasTravel or ColumnKeys.Reception);
                column.Key = beforeItems ? ColumnKeys.ThreePublicTotal : ColumnKeys.Vehicles;
            }
            else if (column.Key == ColumnKeys.Total)
            {
                column.Key = ColumnKeys.Vehicles;
            }
        }
    }

    private static void MakeKeysUnique(TableLayout layout)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ColumnSlot column in layout.Columns)
        {
            if (seen.TryGetValue(column.Key, out int count))
            {
                seen[column.Key] = count + 1;
                column.Key = string.Create(CultureInfo.InvariantCulture, $"{column.Key}.{count + 1}");
                column.Understood = false;
            }
            else
            {
                seen[column.Key] = 1;
            }
        }
    }

    private void ReportUnknownColumns(TableLayout layout, PrintedLine header, string title)
    {
        foreach (ColumnSlot column in layout.Columns.Where(c => !c.Understood))
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnknownColumn, $"The column '{column.Label}' of the table '{title}' is not one the importer understands; its key is '{column.Key}'.", header);
        }

        if (layout.Columns.Count == 0)
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.MissingHeader, $"The header of the table '{title}' names no amount column.", header);
        }
    }

    /// <summary>Tells whether a line starts the header again on a new page before any row was read under it.</summary>
    private static bool RepeatsHeaderOnNewPage(List<PrintedLine> header, PrintedLine line)
        => header.Count > 0
            && line.Page is int page && header[^1].Page is int previous && page != previous
            && Texts.Compact(line.RawText) == Texts.Compact(header[0].RawText);

    /// <summary>A continued page repeats the header; its positions may differ, its columns are the first page's.</summary>
    private TableLayout Continue(TableLayout first, TableLayout next, PrintedLine header, string title)
    {
        if (next.Columns.Count != first.Columns.Count)
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.ContinuationHeaderDiffers, $"The header repeated on a later page of '{title}' has {next.Columns.Count} amount columns where the first page has {first.Columns.Count}; the later page's rows are read with the first page's columns by position.", header);
            return first;
        }

        for (int k = 0; k < next.Columns.Count; k++)
        {
            next.Columns[k].Key = first.Columns[k].Key;
            next.Columns[k].Label = first.Columns[k].Label;
            next.Columns[k].Economic = first.Columns[k].Economic;
        }

        return next;
    }

    private static TableColumn ToColumn(ColumnSlot slot) => new(slot.Key, slot.Label) { Side = slot.Side, Economic = slot.Economic };

    private enum State
    {
        Prelude,
        Header,
        Body,
        Notes,
    }

    private sealed class Segment
    {
        internal List<PrintedLine> Header { get; } = [];

        internal List<PrintedLine> Body { get; } = [];

        internal bool Continued { get; init; }
    }
}
