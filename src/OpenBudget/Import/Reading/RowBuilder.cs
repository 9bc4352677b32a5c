using System.Runtime.InteropServices;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Turns a table's body lines into rows: codes, names, units, projects and one cell per amount column, following docs/conventions.md.</summary>
internal sealed class RowBuilder
{
    private static readonly string[] OrganisationEndings = ["局", "中心", "委员会", "办公室", "办事处", "街道", "站", "所", "院", "馆", "队", "协会", "处", "厅", "委", "学校", "医院", "大学", "学院", "公司", "集团", "党校", "政府"];
    private static readonly string[] ProjectWords = ["经费", "资金", "项目", "专项", "费", "奖", "补助", "规划", "工程", "保运转", "特定目标", "计划", "活动"];

    private readonly ReadContext _context;
    private readonly TableKind _kind;
    private readonly Dictionary<int, LineParents> _parents = [];
    private string? _unit;
    private string? _pendingFragment;

    /// <summary>The department's name as a unit key, computed at the first row that needs it (the department is known before tables are read).</summary>
    private string? _departmentKey;

    internal RowBuilder(ReadContext context, TableKind kind)
    {
        _context = context;
        _kind = kind;
    }

    internal List<TableRow> Rows { get; } = [];

    internal bool SawTotal { get; private set; }

    private bool PerUnit => _kind is TableKind.GeneralPublicBudgetProjectExpenditure or TableKind.CommissionedServices or TableKind.PriorYearCarryOver;

    private bool RowsCarryAmounts => _kind is not (TableKind.IncomeExpenditureSummary or TableKind.FiscalAppropriationSummary or TableKind.ThreePublicExpenses);

    internal void Read(List<PrintedLine> body, TableLayout layout, PrintedLine? header)
    {
        if (layout.Positions == CellPositions.Ordinal)
        {
            foreach (PrintedLine line in body)
            {
                foreach (SideRow side in Extract(line, layout))
                {
                    Build(side, layout);
                }
            }

            return;
        }

        // Laid-out pages place the same columns a little differently: calibrate the columns page by page on rows that fill them all.
        foreach (IGrouping<int?, PrintedLine> page in body.GroupBy(l => l.Page))
        {
            List<PrintedLine> lines = [.. page];
            var saved = layout.Columns.Select(c => (c.SeenStart, c.SeenEnd)).ToList();
            foreach (ColumnSlot column in layout.Columns)
            {
                column.SeenStart = int.MaxValue;
                column.SeenEnd = int.MinValue;
            }

            Calibrate(lines, layout);
            for (int k = 0; k < layout.Columns.Count; k++)
            {
                if (layout.Columns[k].SeenStart > layout.Columns[k].SeenEnd)
                {
                    (layout.Columns[k].SeenStart, layout.Columns[k].SeenEnd) = saved[k];
                }
            }

            foreach (PrintedLine line in lines)
            {
                foreach (SideRow side in Extract(line, layout))
                {
                    Build(side, layout);
                }
            }
        }

        _ = header;
    }

    /// <summary>Widens each column by the amounts of rows that fill every column, so that partly filled rows match by the amounts' real positions.</summary>
    private static void Calibrate(List<PrintedLine> body, TableLayout layout)
    {
        foreach (PrintedLine line in body)
        {
            foreach (IGrouping<TableSide?, PrintedCell> group in line.Cells.Where(c => !c.IsEmpty).GroupBy(c => layout.SideOf(c.Center2)))
            {
                List<ColumnSlot> columns = [.. layout.ColumnsOf(group.Key)];
                var amounts = new List<PrintedCell>();
                bool textSeen = false;
                int codes = 0;
                foreach (PrintedCell cell in group)
                {
                    if (!textSeen && amounts.Count == 0 && IsCodePart(cell.Text, codes))
                    {
                        codes++;
                    }
                    else if (IsAmountCell(cell.Text))
                    {
                        amounts.Add(cell);
                    }
                    else
                    {
                        textSeen = true;
                    }
                }

                if (columns.Count == 0 || amounts.Count != columns.Count)
                {
                    continue;
                }

                for (int k = 0; k < columns.Count; k++)
                {
                    columns[k].SeenStart = Math.Min(columns[k].SeenStart, amounts[k].Start);
                    columns[k].SeenEnd = Math.Max(columns[k].SeenEnd, amounts[k].End);
                }
            }
        }
    }

    private static bool IsAmountCell(string text) => Texts.TryAmount(text, out _) || Texts.IsBlankMarker(text);

    private static List<SideRow> Extract(PrintedLine line, TableLayout layout)
    {
        var sides = new List<SideRow>(2);
        SideRow For(TableSide? side)
        {
            foreach (SideRow s in sides)
            {
                if (s.Side == side)
                {
                    return s;
                }
            }

            var created = new SideRow(side, line, line.Cells.Count);
            sides.Add(created);
            return created;
        }

        bool projectIsName = !layout.HasLabel(LabelRole.Name) && layout.HasLabel(LabelRole.Project);
        if (layout.Positions == CellPositions.Ordinal)
        {
            foreach (PrintedCell cell in line.Cells)
            {
                if (cell.IsEmpty)
                {
                    continue;
                }

                TableSide? side = layout.TwoSided ? (cell.Start < layout.Split ? TableSide.Income : TableSide.Expenditure) : null;
                SideRow row = For(side);
                LabelSlot? label = LabelAt(layout, cell.Start);
                ColumnSlot? column = label is null ? ColumnAt(layout, cell.Start) : null;
                if (label is not null)
                {
                    AddLabel(row, label.Role, cell.Text, projectIsName);
                }
                else if (column is not null)
                {
                    row.Amounts.Add((column, cell.Text));
                }
                else
                {
                    row.Misfits.Add(cell.Text);
                }
            }
        }
        else
        {
            foreach (IGrouping<TableSide?, PrintedCell> group in line.Cells.Where(c => !c.IsEmpty).GroupBy(c => layout.SideOf(c.Center2)))
            {
                SideRow row = For(group.Key);
                List<ColumnSlot> columns = [.. layout.ColumnsOf(group.Key)];
                int zone2 = columns.Count == 0 ? int.MaxValue : Math.Min(columns[0].Start, columns[0].Left) * 2;
                var values = new List<PrintedCell>();
                bool textSeen = false;
                foreach (PrintedCell cell in group)
                {
                    if (!textSeen && values.Count == 0 && IsCodePart(cell.Text, row.Codes.Count))
                    {
                        row.Codes.Add(cell.Text);
                        continue;
                    }

                    if (IsAmountCell(cell.Text) && (cell.Center2 >= zone2 - 8 || textSeen))
                    {
                        values.Add(cell);
                        continue;
                    }

                    if (values.Count > 0 && cell.Center2 >= zone2)
                    {
                        row.Misfits.Add(cell.Text);
                        continue;
                    }

                    textSeen = true;
                    LabelRole role = NearestLabel(layout, group.Key, cell.Center2);
                    AddLabel(row, role, cell.Text, projectIsName);
                }

                int[] assigned = Alignment.Align([.. values.Select(v => (v.Start, v.End))], columns);
                for (int v = 0; v < values.Count; v++)
                {
                    if (assigned[v] >= 0)
                    {
                        row.Amounts.Add((columns[assigned[v]], values[v].Text));
                    }
                    else
                    {
                        row.Misfits.Add(values[v].Text);
                    }
                }
            }
        }

        sides.Sort((a, b) => Nullable.Compare(a.Side, b.Side));
        return sides;
    }

    private static LabelSlot? LabelAt(TableLayout layout, int start)
    {
        foreach (LabelSlot label in layout.Labels)
        {
            if (label.Start == start)
            {
                return label;
            }
        }

        return null;
    }

    private static ColumnSlot? ColumnAt(TableLayout layout, int start)
    {
        foreach (ColumnSlot column in layout.Columns)
        {
            if (column.Start == start)
            {
                return column;
            }
        }

        return null;
    }

    private static bool IsCodePart(string text, int index)
        => Texts.IsDigits(text) && (index == 0 ? text.Length is 3 or 5 or 7 && text[0] is >= '1' and <= '9' : text.Length is 1 or 2);

    private static LabelRole NearestLabel(TableLayout layout, TableSide? side, int center2)
    {
        LabelSlot? best = null;
        foreach (LabelSlot slot in layout.Labels)
        {
            if (slot.Side != side || slot.Role is not (LabelRole.Name or LabelRole.Project))
            {
                continue;
            }

            if (best is null || Math.Abs(slot.Center2 - center2) < Math.Abs(best.Center2 - center2))
            {
                best = slot;
            }
        }

        return best?.Role ?? LabelRole.Name;
    }

    private static void AddLabel(SideRow row, LabelRole role, string text, bool projectIsName)
    {
        switch (role)
        {
            case LabelRole.ClassCode:
                row.ClassText = text;
                break;
            case LabelRole.SectionCode:
                row.SectionText = text;
                break;
            case LabelRole.ItemCode:
                row.ItemText = text;
                break;
            case LabelRole.Code:
                if (Texts.IsDigits(Texts.Compact(text)))
                {
                    row.Codes.Add(Texts.Compact(text));
                }
                else
                {
                    row.Names.Add(text);
                }

                break;
            case LabelRole.Project when !projectIsName:
                row.Projects.Add(text);
                break;
            default:
                row.Names.Add(text);
                break;
        }
    }

    private void Build(SideRow source, TableLayout layout)
    {
        PrintedLine line = source.Line;
        string rawName = string.Join(" ", source.Names).Trim();

        // A code printed in front of the name in the same cell ("201 一般公共服务支出").
        if (source.ClassText is null && source.Codes.Count == 0 && rawName.Length > 4 && Texts.IsDigits(rawName.AsSpan(0, 3)) && Texts.IsSpace(rawName[3]))
        {
            source.Codes.Add(rawName[..3]);
            rawName = rawName[4..];
        }

        string name = Texts.Norm(rawName);
        string project = Texts.Norm(string.Join(" ", source.Projects));

        var cells = new List<(ColumnSlot Column, Amount Amount, string Text)>(source.Amounts.Count);
        foreach ((ColumnSlot column, string text) in source.Amounts)
        {
            if (Texts.IsBlankMarker(text))
            {
                cells.Add((column, Amount.Blank, text));
                continue;
            }

            if (Amount.TryParse(text.AsSpan(), out Amount amount, out string? reason))
            {
                cells.Add((column, amount, text));
                continue;
            }

            _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.UnparseableAmount, $"The cell '{text}' in column '{column.Label}' is not an amount ({reason}); it is left blank.", line);
        }

        foreach (string misfit in source.Misfits)
        {
            string what = Texts.TryAmount(misfit, out _) ? $"the amount {misfit}" : $"the text '{misfit}'";
            _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.RowDoesNotFit, $"The row '{(name.Length > 0 ? name : project)}' holds {what} where the header has no column; it is not placed.", line);
        }

        bool hasCode = source.ClassText is { Length: > 0 } || source.Codes.Count > 0;
        bool hasAmount = false;
        foreach ((ColumnSlot _, Amount amount, string _) in cells)
        {
            hasAmount |= amount.HasValue;
        }

        string label = name.Length > 0 ? name : project;
        if (label.Length == 0 && !hasCode && !hasAmount)
        {
            return;
        }

        if (!hasCode && !hasAmount && source.Misfits.Count == 0 && IsFragment(label))
        {
            AppendFragment(source.Side, name, project, line);
            return;
        }

        if (_pendingFragment is not null)
        {
            name = Texts.Norm(_pendingFragment + " " + name);
            label = name.Length > 0 ? name : project;
            _pendingFragment = null;
        }

        TableRow row = new() { Side = source.Side };
        string compact = Texts.Compact(label);
        if (Texts.IsTotalWord(compact))
        {
            row = row with { Kind = RowKind.Total, Name = label };
            SawTotal = true;
        }
        else if (hasCode)
        {
            row = WithCode(row, source, name, project, line);
        }
        else if (PerUnit || layout.HasLabel(LabelRole.Project))
        {
            if (IsUnit(label))
            {
                _unit = label;
                row = row with { Kind = RowKind.Unit, Name = label };
            }
            else
            {
                row = row with { Kind = RowKind.Project, Name = label, Project = label };
            }
        }
        else
        {
            row = AsLine(row, name, line);
        }

        if (row.Kind != RowKind.Total && _unit is not null)
        {
            row = row with { BudgetUnit = _unit };
        }

        int sideColumns = 0;
        foreach (ColumnSlot column in layout.Columns)
        {
            sideColumns += column.Side == source.Side ? 1 : 0;
        }

        var rowCells = new TableCell[sideColumns];
        int filled = 0;
        foreach (ColumnSlot column in layout.Columns)
        {
            if (column.Side != source.Side)
            {
                continue;
            }

            Amount amount = Amount.Blank;
            foreach ((ColumnSlot c, Amount a, string text) in cells)
            {
                if (ReferenceEquals(c, column))
                {
                    amount = a;
                    if (a.HasValue)
                    {
                        _context.Ledger.Place(line, text);
                    }
                }
            }

            rowCells[filled++] = new TableCell(column.Key, amount);
        }

        _context.Ledger.KeepText(line, label);
        Rows.Add(row with { Cells = ImmutableCollectionsMarshal.AsImmutableArray(rowCells) });
    }

    private TableRow WithCode(TableRow row, SideRow source, string name, string project, PrintedLine line)
    {
        bool economic = _kind == TableKind.GeneralPublicBudgetBasicExpenditure;
        string cls = source.ClassText ?? (source.Codes.Count > 0 ? source.Codes[0] : "");
        string section = source.SectionText ?? (source.Codes.Count > 1 ? source.Codes[1] : "");
        string item = source.ItemText ?? (source.Codes.Count > 2 ? source.Codes[2] : "");
        foreach (string part in (ReadOnlySpan<string>)[cls, section, item])
        {
            if (part.Length > 0)
            {
                _context.Ledger.Exclude(line, part);
            }
        }

        if (cls.Length > 3 && section.Length == 0)
        {
            // One code column holding the whole code ("2060101").
            (cls, section, item) = (cls[..3], cls.Length >= 5 ? cls[3..5] : "", cls.Length >= 7 ? cls[5..7] : "");
        }

        if (section.Length == 1 || item.Length == 1)
        {
            string padded = $"{cls} {section.PadLeft(section.Length == 0 ? 0 : 2, '0')} {item.PadLeft(item.Length == 0 ? 0 : 2, '0')}".Trim();
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.CodePadded, $"The code '{string.Join(" ", new[] { cls, section, item }.Where(p => p.Length > 0))}' has a one-digit part; it is read as {padded}.", line);
            section = section.Length == 1 ? "0" + section : section;
            item = item.Length == 1 ? "0" + item : item;
        }

        if (economic)
        {
            if (EconomicCode.TryFromColumns(cls, section, out EconomicCode code, out string? reason))
            {
                RowKind kind = code.Depth == 0 ? RowKind.Class : RowKind.Section;
                return row with { Kind = kind, Economic = code, Name = name };
            }

            _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.UnknownCode, $"The economic code '{cls} {section}' of '{name}' cannot be read: {reason}", line);
            return row with { Kind = RowKind.Line, Name = name };
        }

        if (FunctionalCode.TryFromColumns(cls, section, item, out FunctionalCode functional, out string? why))
        {
            if (project.Length > 0)
            {
                return row with { Kind = RowKind.Project, Functional = functional, Name = name, Project = project };
            }

            RowKind kind = functional.Depth switch
            {
                0 => RowKind.Class,
                1 => RowKind.Section,
                _ => RowKind.Item,
            };
            return row with { Kind = kind, Functional = functional, Name = name };
        }

        _context.Report(ImportSeverity.Error, ImportDiagnosticCodes.UnknownCode, $"The functional code '{cls} {section} {item}' of '{name}' cannot be read: {why}", line);
        return row with { Kind = RowKind.Line, Name = name };
    }

    private TableRow AsLine(TableRow row, string name, PrintedLine line)
    {
        int sideKey = row.Side is TableSide s ? (int)s : 0;
        if (!_parents.TryGetValue(sideKey, out LineParents? parents))
        {
            parents = new LineParents();
            _parents[sideKey] = parents;
        }

        string compact = Texts.Compact(name);
        NumberingKind numbering = Texts.Numbering(compact, out string rest, out _);
        bool ofWhich = Texts.StripOfWhich(rest, out string label);
        string? parent = numbering switch
        {
            NumberingKind.Chinese or NumberingKind.ParenChinese => null,
            NumberingKind.Arabic or NumberingKind.ParenArabic => parents.Level1,
            _ => parents.Level2 ?? parents.Level1,
        };
        string? key = RowLabels.Resolve(label, parent);
        _ = ofWhich;

        if (key is null && name.Length > 0 && _context.Names.TryClass(label, out FunctionalCode classCode))
        {
            // An expenditure line named by its class without the code ("一、一般公共服务支出").
            return row with { Kind = RowKind.Class, Functional = classCode, Name = Texts.Norm(Texts.Numbering(name, out string plain, out _) == NumberingKind.None ? name : plain) };
        }

        switch (numbering)
        {
            case NumberingKind.Chinese or NumberingKind.ParenChinese:
                parents.Level1 = key;
                parents.Level2 = null;
                break;
            case NumberingKind.Arabic or NumberingKind.ParenArabic:
                parents.Level2 = key;
                break;
        }

        if (key is null && name.Length > 0)
        {
            _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnknownRowLabel, $"The line '{name}' is not one the importer knows; it is kept without a key.", line);
        }

        return row with { Kind = RowKind.Line, Key = key, Name = name };
    }

    private bool IsFragment(string label)
    {
        if (!RowsCarryAmounts)
        {
            return false;
        }

        string compact = Texts.Compact(label);
        if (Texts.IsTotalWord(compact) || IsUnit(label) || compact.StartsWith("其中", StringComparison.Ordinal) || Texts.Numbering(compact) != NumberingKind.None)
        {
            return false;
        }

        Texts.StripOfWhich(compact, out string rest);
        return !RowLabels.IsKnown(rest);
    }

    private void AppendFragment(TableSide? side, string name, string project, PrintedLine line)
    {
        _context.Ledger.KeepText(line, name + project);
        for (int r = Rows.Count - 1; r >= 0; r--)
        {
            TableRow previous = Rows[r];
            if (previous.Side != side)
            {
                continue;
            }

            if (project.Length > 0 && previous.Project is not null && previous.Name != previous.Project)
            {
                Rows[r] = previous with { Project = Texts.Norm(previous.Project + " " + project) };
            }
            else if (previous.Kind == RowKind.Project && previous.Name == previous.Project)
            {
                string joined = Texts.Norm(previous.Name + " " + name + project);
                Rows[r] = previous with { Name = joined, Project = joined };
            }
            else
            {
                Rows[r] = previous with { Name = Texts.Norm(previous.Name + " " + name + project) };
            }

            return;
        }

        _pendingFragment = Texts.Norm(_pendingFragment + " " + name + project);
    }

    private bool IsUnit(string label)
    {
        if (label.Length == 0)
        {
            return false;
        }

        string key = ReadContext.UnitKey(label);
        if (_context.UnitNames.Contains(key) || (_context.Department.Length > 0 && key == (_departmentKey ??= ReadContext.UnitKey(_context.Department))))
        {
            return true;
        }

        string compact = Texts.Compact(label);
        return EndsWithAny(compact, OrganisationEndings)
            && !ContainsAny(compact, ProjectWords)
            && !Texts.IsDigits(compact.AsSpan(0, Math.Min(4, compact.Length)));
    }

    private static bool EndsWithAny(string text, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class LineParents
    {
        internal string? Level1 { get; set; }

        internal string? Level2 { get; set; }
    }

    /// <summary>What one side of a body line holds, sorted into codes, names, projects, amounts and cells that fit no column.</summary>
    /// <param name="side">The side of a two-sided table, or <see langword="null"/>.</param>
    /// <param name="line">The line the row is read from.</param>
    /// <param name="cells">How many cells the line has: no side holds more amounts.</param>
    private sealed class SideRow(TableSide? side, PrintedLine line, int cells)
    {
        internal TableSide? Side { get; } = side;

        internal PrintedLine Line { get; } = line;

        internal string? ClassText { get; set; }

        internal string? SectionText { get; set; }

        internal string? ItemText { get; set; }

        internal List<string> Codes { get; } = [];

        internal List<string> Names { get; } = [];

        internal List<string> Projects { get; } = [];

        internal List<(ColumnSlot Column, string Text)> Amounts { get; } = new(cells);

        internal List<string> Misfits { get; } = [];
    }
}
