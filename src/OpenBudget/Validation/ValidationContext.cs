using System.Globalization;
using System.Runtime.InteropServices;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Validation;

/// <summary>The state of one validation run: the disclosure, the options, a reusable buffer of terms, the check count and the findings.</summary>
/// <remarks>Checks that hold allocate nothing: table sums are added from the run's grids, other sums from the term buffer. A difference makes a finding that keeps its figures (a table sum keeps its cells as indices); labels, pointers, messages and terms are made when first read.</remarks>
internal sealed class ValidationContext
{
    private static readonly decimal[] HalfUnits = MakeHalfUnits();
    private readonly int[] _tableIndex = new int[13];
    private ClassificationCatalogues? _catalogues;

    public ValidationContext(BudgetDisclosure disclosure, ValidationOptions options)
    {
        Disclosure = disclosure;
        Options = options;
        Scratch = ValidationScratch.Rent();
        Array.Fill(_tableIndex, -1);
        EquatableArray<DisclosureTable> tables = disclosure.Tables;
        for (int i = 0; i < tables.Count; i++)
        {
            int kind = (int)tables[i].Kind;
            if (kind is > 0 and < 13 && _tableIndex[kind] < 0)
            {
                _tableIndex[kind] = i;
            }
        }
    }

    public BudgetDisclosure Disclosure { get; }

    public ValidationOptions Options { get; }

    /// <summary>Gets the buffers of the run, given back by <see cref="ValidationScratch.Return"/> once the findings are copied out.</summary>
    public ValidationScratch Scratch { get; }

    /// <summary>Gets the buffer of terms the next sum check adds up; cleared by every check.</summary>
    public List<FigureRef> Terms => Scratch.Terms;

    public List<Finding> Findings => Scratch.Findings;

    /// <summary>Gets a reusable buffer of row indices for rules that collect the rows of a block.</summary>
    public List<int> Rows => Scratch.Rows;

    public int Checks { get; set; }

    /// <summary>Gets the grid of a table's amounts for this run (loaded on first use), or <see langword="null"/> when they do not fit one and the check reads decimals.</summary>
    public CellGrid? Grid(DisclosureTable table, int tableIndex) => Scratch.Grid(table, tableIndex);

    /// <summary>Gets the first total row of a table of the disclosure on a side (any side for <see langword="null"/>), found once per run; -1 when it has none.</summary>
    public int Total(DisclosureTable table, TableSide? side)
    {
        var tables = Disclosure.Tables;
        for (int i = 0; i < tables.Count; i++)
        {
            if (ReferenceEquals(tables[i], table))
            {
                return Scratch.Total(table, i, side);
            }
        }

        return TableShape.Total(table, side);
    }

    /// <summary>Gets the project rows of a table with their folded names, listed once per run.</summary>
    public ProjectRows Projects(DisclosureTable table, int tableIndex) => Scratch.Projects(this, table, tableIndex);

    /// <summary>Counts a check that a grid shows holds exactly: the fast path that reads no decimal.</summary>
    /// <returns><see langword="true"/> when the two sides are equal.</returns>
    public bool Holds(long stated, long sum)
    {
        if (stated == sum)
        {
            Checks++;
            return true;
        }

        return false;
    }

    public ValidationRule Rule { get; set; } = null!;

    public ClassificationCatalogues Catalogues => _catalogues ??= ClassificationCatalogues.Nearest(Disclosure.FiscalYear);

    /// <summary>Folds a printed name for comparison (see <see cref="NameText.Key"/>): a name that needs no folding is its own key; one that does is folded once per instance and run.</summary>
    public string NameKey(string? name)
    {
        if (name is null)
        {
            return "";
        }

        if (!NameText.NeedsFolding(name))
        {
            return name;
        }

        Dictionary<string, string> folded = Scratch.FoldedNames;
        if (!folded.TryGetValue(name, out string? key))
        {
            key = NameText.Key(name);
            folded.Add(name, key);
        }

        return key;
    }

    public static decimal HalfUnit(Amount amount) => amount.IsBlank ? 0m : HalfUnits[Math.Min(amount.Scale, HalfUnits.Length - 1)];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static decimal Convert(decimal value, PresentationUnit from, PresentationUnit to)
        => from == to ? value : ConvertBetween(value, from, to);

    private static decimal ConvertBetween(decimal value, PresentationUnit from, PresentationUnit to)
    {
        int steps = (int)from - (int)to;
        return steps switch
        {
            0 => value,
            1 => value * 10_000m,
            2 => value * 100_000_000m,
            -1 => value / 10_000m,
            -2 => value / 100_000_000m,
            _ => value,
        };
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public bool TryTable(TableKind kind, out DisclosureTable table, out int index)
    {
        index = _tableIndex[(int)kind];
        if (index < 0)
        {
            table = null!;
            return false;
        }

        table = Disclosure.Tables[index];
        return true;
    }

    /// <summary>Makes a reference to a table cell.</summary>
    public static FigureRef Cell(DisclosureTable table, int tableIndex, int row, string column)
        => FigureRef.Cell(tableIndex, row, column, table.Rows[row][column], table.Unit);

    /// <summary>Counts a check whose two sides, printed in one table and so in one unit, are equal: the fast path that builds nothing.</summary>
    /// <returns><see langword="true"/> when the identity holds exactly; otherwise the caller builds its terms and calls <see cref="CheckSum(in FigureRef, in Expectation)"/>.</returns>
    public bool Holds(decimal stated, decimal sum)
    {
        if (stated == sum)
        {
            Checks++;
            return true;
        }

        return false;
    }

    /// <summary>Counts a check that a table cell equals the sum of its column over some rows, when it holds exactly; reads the grid when there is one, else the decimals.</summary>
    /// <returns><see langword="true"/> when it holds; otherwise the caller builds its terms and calls <see cref="CheckSum(in FigureRef, in Expectation)"/>.</returns>
    public bool ColumnSumHolds(DisclosureTable table, CellGrid? grid, int row, int column, ReadOnlySpan<int> rows)
    {
        if (grid is not null)
        {
            return Holds(grid[row, column], grid.SumColumn(column, rows));
        }

        EquatableArray<TableRow> all = table.Rows;
        string key = table.Columns[column].Key;
        decimal sum = 0m;
        foreach (int r in rows)
        {
            sum += TableShape.At(all[r], column, key).ValueOrZero;
        }

        return Holds(TableShape.At(all[row], column, key).ValueOrZero, sum);
    }

    /// <summary>Counts a check that a table cell equals the sum of some other columns of its row, when it holds exactly; reads the grid when there is one, else the decimals.</summary>
    /// <returns><see langword="true"/> when it holds; otherwise the caller builds its terms and calls <see cref="CheckSum(in FigureRef, in Expectation)"/>.</returns>
    public bool RowSumHolds(DisclosureTable table, CellGrid? grid, int row, int column, ReadOnlySpan<int> columns)
    {
        if (grid is not null)
        {
            return Holds(grid[row, column], grid.SumRow(row, columns));
        }

        TableRow cells = table.Rows[row];
        EquatableArray<TableColumn> keys = table.Columns;
        decimal sum = 0m;
        foreach (int c in columns)
        {
            sum += TableShape.At(cells, c, keys[c].Key).ValueOrZero;
        }

        return Holds(TableShape.At(cells, column, keys[column].Key).ValueOrZero, sum);
    }

    /// <summary>Compares a stated figure with the sum of <see cref="Terms"/>; clears the terms.</summary>
    public void CheckSum(in FigureRef stated, string expectationEn, string expectationZh)
        => CheckSum(stated, new Expectation(expectationEn, expectationZh));

    /// <summary>Compares a stated figure with the sum of <see cref="Terms"/>; clears the terms. The expectation's texts are made only for a difference.</summary>
    public void CheckSum(in FigureRef stated, in Expectation expectation)
    {
        Checks++;
        List<FigureRef> list = Terms;
        ReadOnlySpan<FigureRef> terms = CollectionsMarshal.AsSpan(list);
        PresentationUnit unit = stated.Unit;
        bool mixed = false;
        decimal sum = 0m;
        foreach (ref readonly FigureRef term in terms)
        {
            if (term.Unit != unit)
            {
                mixed = true;
            }

            sum += term.Amount.ValueOrZero;
        }

        if (mixed)
        {
            sum = 0m;
            foreach (ref readonly FigureRef term in terms)
            {
                if (term.Unit > unit)
                {
                    unit = term.Unit;
                }
            }

            foreach (ref readonly FigureRef term in terms)
            {
                sum += Convert(term.Amount.ValueOrZero, term.Unit, unit);
            }
        }

        decimal statedValue = Convert(stated.Amount.ValueOrZero, stated.Unit, unit);
        decimal difference = statedValue - sum;
        if (difference == 0m)
        {
            list.Clear();
            return;
        }

        decimal tolerance = mixed ? MixedTolerance(stated, terms, unit) : Tolerance(stated, terms);

        bool rounding = !Options.Strict && Math.Abs(difference) <= tolerance;
        var text = new FigureSumFindingText(Disclosure, terms.ToArray(), unit, stated, expectation);
        AddSum(text, unit, rounding, statedValue, sum, difference, tolerance);
        list.Clear();
    }

    /// <summary>Checks that a table cell equals the sum of its column over some rows (read from the grid when there is one); a difference makes a finding whose terms are those cells.</summary>
    public void CheckColumnSum(DisclosureTable table, int tableIndex, CellGrid? grid, int row, int column, ReadOnlySpan<int> rows, in Expectation expectation)
    {
        if (!ColumnSumHolds(table, grid, row, column, rows))
        {
            AddCellSum(table, tableIndex, grid, row, column, rows, alongColumn: true, expectation);
        }
    }

    /// <summary>Checks that a table cell equals the sum of some other columns of its row (read from the grid when there is one); a difference makes a finding whose terms are those cells.</summary>
    public void CheckRowSum(DisclosureTable table, int tableIndex, CellGrid? grid, int row, int column, ReadOnlySpan<int> columns, in Expectation expectation)
    {
        if (!RowSumHolds(table, grid, row, column, columns))
        {
            AddCellSum(table, tableIndex, grid, row, column, columns, alongColumn: false, expectation);
        }
    }

    /// <summary>Reports a table cell that differs from the sum of other cells of its column or row: the sum, difference and tolerance as <see cref="CheckSum(in FigureRef, in Expectation)"/> works them out (in whole units when the table has a grid), with the terms kept as indices.</summary>
    private void AddCellSum(DisclosureTable table, int tableIndex, CellGrid? grid, int row, int column, ReadOnlySpan<int> indices, bool alongColumn, in Expectation expectation)
    {
        Checks++;
        EquatableArray<TableRow> rows = table.Rows;
        EquatableArray<TableColumn> columns = table.Columns;
        string key = columns[column].Key;
        TableRow statedRow = rows[row];
        Amount stated = TableShape.At(statedRow, column, key);
        decimal statedValue = stated.ValueOrZero;
        decimal sum, difference, tolerance;
        bool within;
        if (grid is not null)
        {
            var units = new UnitSum(grid[row, column], stated);
            foreach (int i in indices)
            {
                units.Add(alongColumn ? grid[i, column] : grid[row, i], Term(i));
            }

            (sum, difference, tolerance, within) = (units.Sum, units.Difference, units.Tolerance, units.WithinTolerance);
        }
        else
        {
            sum = 0m;
            tolerance = HalfUnit(stated);
            foreach (int i in indices)
            {
                Amount term = Term(i);
                sum += term.ValueOrZero;
                tolerance += HalfUnit(term);
            }

            difference = statedValue - sum;
            within = Math.Abs(difference) <= tolerance;
        }

        if (difference == 0m)
        {
            return;
        }

        bool rounding = !Options.Strict && within;
        var text = new CellSumFindingText(Disclosure, tableIndex, alongColumn ? column : row, alongColumn, indices.ToArray(), FigureRef.Cell(tableIndex, row, key, stated, table.Unit), expectation);
        AddSum(text, table.Unit, rounding, statedValue, sum, difference, tolerance);

        // A term: the cell of another row in the stated cell's column, or of another column in its row.
        Amount Term(int i) => alongColumn ? TableShape.At(rows[i], column, key) : TableShape.At(statedRow, i, columns[i].Key);
    }

    private void AddSum(SumFindingText text, PresentationUnit unit, bool rounding, decimal stated, decimal sum, decimal difference, decimal tolerance)
    {
        Add(new Finding
        {
            RuleId = Rule.Id,
            Verdict = rounding ? Verdict.Rounding : Verdict.Error,
            Severity = rounding ? Severity.Info : Rule.DefaultSeverity,
            Text = text,
            Unit = unit,
            Stated = stated,
            Expected = sum,
            Difference = difference,
            Tolerance = tolerance,
            TermSource = text,
        });
    }

    /// <summary>Adds up half a unit of the last printed digit of every figure, all printed in one unit: when they share one scale (as they mostly do), that scale's half unit is multiplied by their number.</summary>
    private static decimal Tolerance(in FigureRef stated, ReadOnlySpan<FigureRef> terms)
    {
        int scale = -1;
        int count = 0;
        bool oneScale = Count(stated, ref scale, ref count);
        foreach (ref readonly FigureRef term in terms)
        {
            oneScale &= Count(term, ref scale, ref count);
        }

        if (oneScale)
        {
            return count == 0 ? 0m : HalfUnits[scale] * count;
        }

        decimal tolerance = stated.HalfUnit;
        foreach (ref readonly FigureRef term in terms)
        {
            tolerance += term.HalfUnit;
        }

        return tolerance;

        static bool Count(in FigureRef figure, ref int scale, ref int count)
        {
            if (figure.Exact || figure.Amount.IsBlank)
            {
                return true;
            }

            int own = Math.Min(figure.Amount.Scale, HalfUnits.Length - 1);
            count++;
            if (scale < 0)
            {
                scale = own;
            }

            return own == scale;
        }
    }

    /// <summary>Adds up half a unit of the last printed digit of every figure, each converted to the unit the sum is compared in.</summary>
    private static decimal MixedTolerance(in FigureRef stated, ReadOnlySpan<FigureRef> terms, PresentationUnit unit)
    {
        decimal tolerance = Convert(stated.HalfUnit, stated.Unit, unit);
        foreach (ref readonly FigureRef term in terms)
        {
            tolerance += Convert(term.HalfUnit, term.Unit, unit);
        }

        return tolerance;
    }

    /// <summary>Compares a stated figure with one other printed figure that should be the same amount.</summary>
    public void CheckEqual(in FigureRef stated, in FigureRef other, string expectationEn, string expectationZh)
        => CheckEqual(stated, other, new Expectation(expectationEn, expectationZh));

    /// <summary>Compares a stated figure with one other printed figure that should be the same amount; the expectation's texts are made only for a difference.</summary>
    public void CheckEqual(in FigureRef stated, in FigureRef other, in Expectation expectation)
    {
        if (stated.Unit == other.Unit && stated.Amount.ValueOrZero == other.Amount.ValueOrZero)
        {
            // Equal as printed in one unit: the check holds, with no term to add up.
            Checks++;
            return;
        }

        Terms.Clear();
        Terms.Add(other);
        CheckSum(stated, expectation);
    }

    /// <summary>Recomputes a percentage from the printed amounts, as every share and rate check does.</summary>
    private static decimal Percent(decimal part, decimal whole) => part / whole * 100m;

    /// <summary>Tells whether a recomputed percentage, rounded half away from zero to the printed decimals, is the printed one.</summary>
    private static bool RoundsTo(decimal exact, int scale, decimal printed) => Math.Round(exact, scale, MidpointRounding.AwayFromZero) == printed;

    /// <summary>Counts a stated share that recomputes exactly from its part and whole, all printed in one unit, without building their references.</summary>
    /// <returns><see langword="true"/> when it holds; otherwise the caller checks it with <see cref="CheckShare"/>.</returns>
    public bool ShareHolds(Amount share, Amount part, Amount whole)
    {
        if (share.IsBlank || part.IsBlank || whole.IsBlank || whole.Value == 0m
            || !RoundsTo(Percent(part.Value, whole.Value), share.Scale, share.Value))
        {
            return false;
        }

        Checks++;
        return true;
    }

    /// <summary>Counts a stated growth rate that recomputes exactly from its change and current amount, all printed in one unit, without building their references.</summary>
    /// <returns><see langword="true"/> when it holds; otherwise the caller checks it with <see cref="CheckRate"/>.</returns>
    public bool RateHolds(Amount rate, ChangeDirection direction, Amount change, Amount current)
    {
        if (rate.IsBlank || change.IsBlank || current.IsBlank)
        {
            return false;
        }

        decimal sign = direction == ChangeDirection.Decrease ? -1m : 1m;
        decimal c = sign * change.Value;
        decimal prior = current.Value - c;
        if (prior == 0m || !RoundsTo(Percent(c, prior), rate.Scale, sign * rate.Value))
        {
            return false;
        }

        Checks++;
        return true;
    }

    /// <summary>Recomputes a stated share (占 x%) from the printed part and whole, allowing for their rounding and the share's own.</summary>
    public void CheckShare(in FigureRef share, in FigureRef part, in FigureRef whole)
    {
        if (share.Amount.IsBlank || part.Amount.IsBlank || whole.Amount.IsBlank || whole.Amount.Value == 0m)
        {
            return;
        }

        Checks++;
        PresentationUnit unit = part.Unit > whole.Unit ? part.Unit : whole.Unit;
        decimal a = Convert(part.Amount.Value, part.Unit, unit);
        decimal w = Convert(whole.Amount.Value, whole.Unit, unit);
        decimal exact = Percent(a, w);
        decimal printed = share.Amount.Value;
        int scale = share.Amount.Scale;
        if (RoundsTo(exact, scale, printed))
        {
            return;
        }

        decimal ea = Convert(HalfUnit(part.Amount), part.Unit, unit);
        decimal ew = Convert(HalfUnit(whole.Amount), whole.Unit, unit);
        decimal lo = decimal.MaxValue;
        decimal hi = decimal.MinValue;
        bool unbounded = false;
        foreach (decimal pa in (ReadOnlySpan<decimal>)[a - ea, a + ea])
        {
            foreach (decimal pw in (ReadOnlySpan<decimal>)[w - ew, w + ew])
            {
                if (pw <= 0m)
                {
                    unbounded = true;
                    continue;
                }

                decimal r = pa / pw * 100m;
                lo = Math.Min(lo, r);
                hi = Math.Max(hi, r);
            }
        }

        ReportRatio(share, exact, printed, lo, hi, unbounded, "share of the whole", "占比", [part, whole]);
    }

    /// <summary>Recomputes a stated growth rate: prior = current − signed change, rate = change ÷ prior, allowing for the rounding of both amounts and of the rate.</summary>
    public void CheckRate(in FigureRef rate, ChangeDirection direction, in FigureRef change, in FigureRef current)
    {
        if (rate.Amount.IsBlank || change.Amount.IsBlank || current.Amount.IsBlank)
        {
            return;
        }

        PresentationUnit unit = change.Unit > current.Unit ? change.Unit : current.Unit;
        decimal sign = direction == ChangeDirection.Decrease ? -1m : 1m;
        decimal c = sign * Convert(change.Amount.Value, change.Unit, unit);
        decimal a = Convert(current.Amount.Value, current.Unit, unit);
        decimal prior = a - c;
        if (prior == 0m)
        {
            return;
        }

        Checks++;
        decimal exact = Percent(c, prior);
        decimal printed = sign * rate.Amount.Value;
        int scale = rate.Amount.Scale;
        if (RoundsTo(exact, scale, printed))
        {
            return;
        }

        decimal ec = Convert(HalfUnit(change.Amount), change.Unit, unit);
        decimal ea = Convert(HalfUnit(current.Amount), current.Unit, unit);
        decimal lo = decimal.MaxValue;
        decimal hi = decimal.MinValue;
        bool unbounded = false;
        foreach (decimal pc in (ReadOnlySpan<decimal>)[c - ec, c + ec])
        {
            foreach (decimal pa in (ReadOnlySpan<decimal>)[a - ea, a + ea])
            {
                decimal p = pa - pc;
                if (p == 0m || Math.Sign(p) != Math.Sign(prior))
                {
                    unbounded = true;
                    continue;
                }

                decimal r = pc / p * 100m;
                lo = Math.Min(lo, r);
                hi = Math.Max(hi, r);
            }
        }

        ReportRatio(rate, exact, printed, lo, hi, unbounded, "growth rate (change ÷ (current − change))", "增减率（增减额 ÷（本年 − 增减额））", [change, current]);
    }

    /// <summary>Reports a name or code that disagrees: a finding with the verdict <see cref="Verdict.Mismatch"/>.</summary>
    public void Mismatch(string pointer, string label, string statedText, string? expectedText, string messageEn, string messageZh, EquatableArray<FindingTerm> terms)
        => AddMismatch(new FindingLocation(pointer, label), statedText, expectedText, new FixedFindingText(messageEn, messageZh), terms, null);

    /// <summary>Reports a name or code that disagrees, its location (from the text's place), messages and terms made when first read.</summary>
    public void Mismatch(string statedText, string? expectedText, FindingText text, IFindingTermSource terms)
        => AddMismatch(null, statedText, expectedText, text, default, terms);

    private void AddMismatch(FindingLocation? location, string statedText, string? expectedText, FindingText text, EquatableArray<FindingTerm> terms, IFindingTermSource? termSource)
    {
        Add(new Finding
        {
            RuleId = Rule.Id,
            Verdict = MismatchVerdict,
            Severity = Rule.DefaultSeverity,
            Text = text,
            GivenLocation = location,
            StatedText = statedText,
            ExpectedText = expectedText,
            Terms = terms,
            TermSource = termSource,
        });
    }

    /// <summary>Gets the verdict of a name or code that disagrees: an error in strict mode for a rule whose findings are errors, else a mismatch.</summary>
    private Verdict MismatchVerdict => Options.Strict && Rule.DefaultSeverity == Severity.Error ? Verdict.Error : Verdict.Mismatch;

    private void ReportRatio(in FigureRef stated, decimal exact, decimal printed, decimal lo, decimal hi, bool unbounded, string whatEn, string whatZh, ReadOnlySpan<FigureRef> inputs)
    {
        decimal half = HalfUnit(stated.Amount);
        bool rounding = !Options.Strict && (unbounded || (printed >= lo - half && printed <= hi + half));
        int shown = Math.Min(stated.Amount.Scale + 4, 10);
        decimal expected = Math.Round(exact, shown, MidpointRounding.AwayFromZero);
        decimal difference = printed - expected;
        decimal tolerance = unbounded ? 0m : Math.Round(printed >= exact ? hi + half - exact : exact - (lo - half), shown, MidpointRounding.AwayFromZero);
        decimal rounded = Math.Round(exact, stated.Amount.Scale, MidpointRounding.AwayFromZero);
        var text = new RatioFindingText(Disclosure, inputs.ToArray(), stated, whatEn, whatZh, rounding, printed, expected, rounded, stated.Amount.Scale);
        Add(new Finding
        {
            RuleId = Rule.Id,
            Verdict = rounding ? Verdict.Rounding : Verdict.Error,
            Severity = rounding ? Severity.Info : Rule.DefaultSeverity,
            Text = text,
            Stated = printed,
            Expected = expected,
            Difference = difference,
            Tolerance = tolerance,
            TermSource = text,
        });
    }

    private void Add(Finding finding) => Findings.Add(finding);

    private static decimal[] MakeHalfUnits()
    {
        var halves = new decimal[29];
        decimal half = 0.5m;
        for (int i = 0; i < halves.Length; i++)
        {
            halves[i] = half;
            half /= 10m;
        }

        return halves;
    }
}
