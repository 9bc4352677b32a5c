using FsCheck;
using FsCheck.Fluent;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using PrintedAmount = OpenBudget.Money.Amount;

namespace OpenBudget.Tests.Generators;

/// <summary>Generators of well-formed disclosures: tables of every kind with codes and cells (blank or with 0 to 2 decimals), explanations, performance tables and a glossary, in Chinese text with the characters JSON must escape.</summary>
/// <remarks>Every value generated is one the JSON writer accepts and the reader reads back equal; reuse them for properties of anything that takes a disclosure.</remarks>
public static class DisclosureGenerators
{
    // Pieces of text rather than characters, so that characters outside the BMP stay whole surrogate pairs.
    private static readonly string[] Ideographs = [.. "乌鲁木齐市科学技术局部门预算公开收支总体情况表一般公共政府性基金国有资本经营项目支出基本人员经费公用财政拨款结转结余三公委托业务费高新企业奖补资金".Select(c => c.ToString())];
    private static readonly string[] Punctuation = ["（", "）", "、", "，", "。", "：", "；", "《", "》", "“", "”", "—", "…", "〔", "〕"];
    private static readonly string[] Ascii = ["a", "Z", "0", "7", " ", ".", "-", "/", "%", "=", ">=", "<=", "(", ")"];
    private static readonly string[] Awkward = ["\"", "\\", "\n", "\t", "'", "<", ">", "&", "\u00A0", "\u3000", "\u0001", "\u2028", "𠀀", "😀", "é"];

    private static readonly string[] KnownColumnKeys =
    [
        ColumnKeys.Amount, ColumnKeys.Total, ColumnKeys.Income, ColumnKeys.Expenditure, ColumnKeys.Fiscal, ColumnKeys.GeneralPublicBudget,
        ColumnKeys.GeneralPublicBudgetTransfer, ColumnKeys.GovernmentFund, ColumnKeys.StateCapital, ColumnKeys.UnitFunds,
        ColumnKeys.FiscalCarryOver, ColumnKeys.NonFiscalCarryOver, ColumnKeys.Basic, ColumnKeys.Project, ColumnKeys.Personnel,
        ColumnKeys.Public, ColumnKeys.BasicPersonnel, ColumnKeys.FiscalProject, ColumnKeys.NonFiscalBasicPublic,
    ];

    private static readonly Uri[] Urls =
    [
        new("https://www.urumqi.gov.cn/zwgk/czyjs/2026/kjj.pdf"),
        new("http://example.org/预算/2026.pdf?page=2#表1"),
        new("files/2026/部门预算.pdf", UriKind.Relative),
    ];

    /// <summary>Gets a piece of text: mostly ideographs, some Chinese punctuation and ASCII, now and then a character JSON escapes or one outside the BMP.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (10, Gen.Elements(Ideographs)),
        (2, Gen.Elements(Punctuation)),
        (2, Gen.Elements(Ascii)),
        (1, Gen.Elements(Awkward)));

    /// <summary>Gets text of 0 to 24 pieces.</summary>
    public static Gen<string> Text { get; } = Gen.Choose(0, 24).SelectMany(n => Piece.ArrayOf(n)).Select(string.Concat);

    /// <summary>Gets a name: text of 1 to 16 pieces.</summary>
    public static Gen<string> Name { get; } = Gen.Choose(1, 16).SelectMany(n => Piece.ArrayOf(n)).Select(string.Concat);

    /// <summary>Gets text, or null one time in three.</summary>
    public static Gen<string?> OptionalText { get; } = Optional(Text);

    /// <summary>Gets a printed value: up to 10^12 in size, 0 to 2 decimals, negative now and then.</summary>
    public static Gen<decimal> PrintedValue { get; } =
        from high in Gen.Choose(0, 99_999)
        from low in Gen.Choose(0, 9_999_999)
        from magnitude in Gen.Choose(0, 12)
        from scale in Gen.Choose(0, 2)
        from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        let mantissa = ((high * 10_000_000L) + low) % Pow10(magnitude + 1)
        select new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative && mantissa != 0, (byte)scale);

    /// <summary>Gets a printed amount: blank one time in four, else a printed value.</summary>
    public static Gen<Amount> Amount { get; } = Gen.Frequency((1, Gen.Constant(PrintedAmount.Blank)), (3, PrintedValue.Select(PrintedAmount.Of)));

    /// <summary>Gets a quantity, weight or target value: 0 to 4 decimals.</summary>
    public static Gen<decimal> Quantity { get; } =
        from mantissa in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 4)
        select new decimal(mantissa, 0, 0, false, (byte)scale);

    /// <summary>Gets a functional code (支出功能分类科目) of any depth, class 201 to 234.</summary>
    public static Gen<FunctionalCode> Functional { get; } =
        from cls in Gen.Choose(201, 234)
        from section in Gen.Choose(1, 99)
        from item in Gen.Choose(1, 99)
        from depth in Gen.Choose(0, 2)
        select FunctionalCode.FromValue(depth switch { 0 => cls, 1 => (cls * 100) + section, _ => (cls * 10_000) + (section * 100) + item }, depth);

    /// <summary>Gets an economic code (支出经济分类科目) of either depth, department (301–399) or government (501–599) scheme.</summary>
    public static Gen<EconomicCode> Economic { get; } =
        from cls in Gen.Elements(301, 302, 303, 307, 309, 310, 311, 312, 313, 399, 501, 502, 505, 599)
        from section in Gen.Choose(1, 99)
        from depth in Gen.Choose(0, 1)
        select EconomicCode.FromValue(depth == 0 ? cls : (cls * 100) + section, depth);

    /// <summary>Gets a column key: from the vocabulary, an economic column, or free text.</summary>
    public static Gen<string> ColumnKey { get; } = Gen.Frequency(
        (4, Gen.Elements(KnownColumnKeys)),
        (2, Economic.Select(ColumnKeys.Economic)),
        (1, Name));

    /// <summary>Gets a table of any kind with 0 to 8 distinct columns and 0 to 8 rows whose cells are a subset of the columns, in column order.</summary>
    public static Gen<DisclosureTable> Table { get; } =
        from head in Zip(Enum<TableKind>(), OptionalText, Name, OptionalText, Enum<PresentationUnit>())
        from keys in ListOf(ColumnKey, 8).Select(k => k.Distinct(StringComparer.Ordinal).ToArray())
        from columns in Gen.CollectToArray(keys, Column)
        from rows in ListOf(Row(keys), 8)
        from notes in ListOf(Text, 2)
        select new DisclosureTable
        {
            Kind = head.Item1,
            Number = head.Item2,
            Title = head.Item3,
            PreparedBy = head.Item4,
            Unit = head.Item5,
            Columns = columns,
            Rows = rows,
            Notes = notes,
        };

    /// <summary>Gets an overview (部门概况) with functions and budget units.</summary>
    public static Gen<DepartmentOverview> Overview { get; } =
        from functions in ListOf(Text, 4)
        from statement in OptionalText
        from units in ListOf(
            from name in Name
            from kind in Enum<BudgetUnitKind>()
            from kindText in OptionalText
            select new BudgetUnit(name, kind, kindText),
            4)
        select new DepartmentOverview { Functions = functions, UnitsStatement = statement, Units = units };

    /// <summary>Gets a name with an amount.</summary>
    public static Gen<NamedAmount> NamedAmount { get; } =
        from name in Name
        from amount in Amount
        from unit in Enum<PresentationUnit>()
        select new NamedAmount(name, amount, unit);

    /// <summary>Gets a stated change against last year.</summary>
    public static Gen<YearOverYearChange> Change { get; } =
        from direction in Enum<ChangeDirection>()
        from amounts in Zip(Amount, Amount)
        from texts in Zip(OptionalText, OptionalText)
        select new YearOverYearChange { Direction = direction, Amount = amounts.Item1, RatePercent = amounts.Item2, ComparedWith = texts.Item1, Reason = texts.Item2 };

    /// <summary>Gets a figure stated in the explanations.</summary>
    public static Gen<StatedFigure> Figure { get; } =
        from texts in Zip(Name, OptionalText, OptionalText)
        from functional in OptionalValue(Functional)
        from amounts in Zip(Amount, Amount, Enum<PresentationUnit>())
        from change in OptionalReference(Change)
        from undisclosed in Gen.Elements(false, true)
        from parts in ListOf(NamedAmount, 3)
        select new StatedFigure
        {
            Subject = texts.Item1,
            Key = texts.Item2,
            Purpose = texts.Item3,
            Functional = functional,
            Amount = amounts.Item1,
            SharePercent = amounts.Item2,
            Unit = amounts.Item3,
            Change = change,
            Undisclosed = undisclosed,
            Parts = parts,
        };

    private static Gen<SourceDocument> Source { get; } =
        from title in Name
        from url in OptionalReference(Gen.Elements(Urls))
        from format in Optional(Gen.Elements("pdf", "text", "xlsx"))
        from sha in Optional(Gen.Choose(0, int.MaxValue).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))))
        select new SourceDocument(title, url, format, sha);

    private static Gen<GovernmentProcurement> Procurement { get; } =
        from amounts in Zip(Amount, Amount, Amount, Amount)
        from reserved in Zip(Amount, Amount, Enum<PresentationUnit>())
        select new GovernmentProcurement
        {
            Total = amounts.Item1,
            Goods = amounts.Item2,
            Works = amounts.Item3,
            Services = amounts.Item4,
            ReservedForSmallAndMediumEnterprises = reserved.Item1,
            ReservedForSmallAndMicroEnterprises = reserved.Item2,
            Unit = reserved.Item3,
        };

    private static Gen<StateAssets> Assets { get; } =
        from asOf in OptionalText
        from holdings in ListOf(
            from texts in Zip(Gen.Elements("buildings", "vehicles", "vehicles.general", "furniture", "other", "equipment.over500k"), Name, OptionalText)
            from quantity in OptionalValue(Quantity)
            from value in Amount
            from unit in Enum<PresentationUnit>()
            select new AssetHolding { Key = texts.Item1, Name = texts.Item2, QuantityUnit = texts.Item3, Quantity = quantity, Value = value, Unit = unit },
            4)
        from remarks in ListOf(Text, 2)
        select new StateAssets { AsOf = asOf, Holdings = holdings, Remarks = remarks };

    private static Gen<ProjectDescription> Project { get; } =
        from texts in Zip(Name, OptionalText, OptionalText, OptionalText, OptionalText)
        from size in Amount
        from unit in Enum<PresentationUnit>()
        from allocation in ListOf(NamedAmount, 3)
        from sections in ListOf(Zip(Name, Text).Select(t => new NamedText(t.Item1, t.Item2)), 2)
        select new ProjectDescription
        {
            Name = texts.Item1,
            PolicyBasis = texts.Item2,
            ImplementingUnit = texts.Item3,
            AllocationText = texts.Item4,
            ExecutionPeriod = texts.Item5,
            Size = size,
            Unit = unit,
            Allocation = allocation,
            OtherSections = sections,
        };

    private static Gen<PerformanceSummary> PerformanceSummary { get; } =
        from counts in Zip(OptionalValue(Gen.Choose(0, 50)), OptionalValue(Gen.Choose(0, 50)))
        from amounts in Zip(Amount, Amount, Amount, Enum<PresentationUnit>())
        from text in OptionalText
        select new PerformanceSummary
        {
            DepartmentTargets = counts.Item1,
            Projects = counts.Item2,
            DepartmentAmount = amounts.Item1,
            FiscalProjectsAmount = amounts.Item2,
            NonFiscalProjectsAmount = amounts.Item3,
            Unit = amounts.Item4,
            Text = text,
        };

    /// <summary>Gets the explanations (情况说明): figure groups, procurement, assets, projects, performance summary and notes.</summary>
    public static Gen<Explanations> Explanations { get; } =
        from groups in ListOf(
            from key in Name
            from heading in OptionalText
            from total in OptionalReference(Figure)
            from parts in ListOf(Figure, 3)
            from remarks in ListOf(Text, 2)
            select new FigureGroup { Key = key, Heading = heading, Total = total, Parts = parts, Remarks = remarks },
            3)
        from procurement in OptionalReference(Procurement)
        from assets in OptionalReference(Assets)
        from projects in ListOf(Project, 2)
        from performance in OptionalReference(PerformanceSummary)
        from notes in ListOf(Text, 2)
        select new Explanations { Groups = groups, Procurement = procurement, Assets = assets, Projects = projects, Performance = performance, OtherNotes = notes };

    /// <summary>Gets a performance indicator (绩效指标) with its target.</summary>
    public static Gen<PerformanceIndicator> Indicator { get; } =
        from levels in Zip(Name, Name, Name)
        from target in
            from text in Name
            from comparator in OptionalValue(Enum<TargetComparator>())
            from value in OptionalValue(Quantity)
            from unit in OptionalText
            select new IndicatorTarget { Text = text, Comparator = comparator, Value = value, Unit = unit }
        from texts in Zip(OptionalText, OptionalText, OptionalText, OptionalText)
        from weight in OptionalValue(Quantity)
        select new PerformanceIndicator
        {
            Level1 = levels.Item1,
            Level2 = levels.Item2,
            Name = levels.Item3,
            Target = target,
            Basis = texts.Item1,
            PriorYearValue = texts.Item2,
            ScoringRule = texts.Item3,
            Evidence = texts.Item4,
            Weight = weight,
        };

    /// <summary>Gets a performance target table (绩效目标表) with funding and 0 to 5 indicators.</summary>
    public static Gen<PerformanceTable> PerformanceTable { get; } =
        from scope in Enum<PerformanceScope>()
        from texts in Zip(Name, OptionalText, OptionalText, OptionalText, OptionalText)
        from funding in
            from amounts in Zip(Amount, Amount, Amount, Enum<PresentationUnit>())
            from lines in ListOf(NamedAmount, 3)
            select new PerformanceFunding { Total = amounts.Item1, Fiscal = amounts.Item2, Other = amounts.Item3, Unit = amounts.Item4, Lines = lines }
        from goal in Text
        from indicators in ListOf(Indicator, 5)
        select new PerformanceTable
        {
            Scope = scope,
            Title = texts.Item1,
            BudgetUnit = texts.Item2,
            ProjectName = texts.Item3,
            Contact = texts.Item4,
            Phone = texts.Item5,
            Funding = funding,
            Goal = goal,
            Indicators = indicators,
        };

    /// <summary>Gets the performance targets (预算绩效): maybe a department table, 0 to 3 project tables, notes.</summary>
    public static Gen<PerformanceTargets> Performance { get; } =
        from department in OptionalReference(PerformanceTable)
        from projects in ListOf(PerformanceTable, 3)
        from notes in ListOf(Text, 2)
        select new PerformanceTargets { Department = department, Projects = projects, Notes = notes };

    /// <summary>Gets a glossary entry (名词解释).</summary>
    public static Gen<GlossaryEntry> GlossaryEntry { get; } = Zip(Name, Text).Select(t => new GlossaryEntry(t.Item1, t.Item2));

    /// <summary>Gets a well-formed disclosure: identity, overview, 1 to 6 tables of any kinds, explanations, performance targets and glossary.</summary>
    public static Gen<BudgetDisclosure> Disclosure { get; } =
        from identity in Zip(Name, Gen.Choose(1990, 2040), Enum<DisclosurePhase>(), Name)
        from region in OptionalReference(Zip(Gen.Choose(110000, 659999), Name).Select(r => new Region(r.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Item2)))
        from publishedOn in OptionalValue(Gen.Choose(0, 20_000).Select(d => new DateOnly(2000, 1, 1).AddDays(d)))
        from source in OptionalReference(Source)
        from money in Zip(Gen.Elements("CNY", "HKD", "USD"), Enum<PresentationUnit>())
        from overview in Overview
        from tables in Gen.Choose(1, 6).SelectMany(n => Table.ArrayOf(n))
        from explanations in Explanations
        from performance in Performance
        from glossary in ListOf(GlossaryEntry, 4)
        select new BudgetDisclosure
        {
            Department = identity.Item1,
            FiscalYear = identity.Item2,
            Phase = identity.Item3,
            Title = identity.Item4,
            Region = region,
            PublishedOn = publishedOn,
            Source = source,
            Currency = money.Item1,
            Unit = money.Item2,
            Overview = overview,
            Tables = tables,
            Explanations = explanations,
            Performance = performance,
            Glossary = glossary,
        };

    /// <summary>Gets a value of an enum, any of its named values.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum
        => Gen.Elements(System.Enum.GetValues<TEnum>());

    /// <summary>Gets lists of 0 to <paramref name="max"/> elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">The element generator.</param>
    /// <param name="max">The most elements.</param>
    /// <returns>The generator.</returns>
    public static Gen<EquatableArray<T>> ListOf<T>(Gen<T> element, int max)
        => Gen.Choose(0, max).SelectMany(n => element.ArrayOf(n)).Select(items => (EquatableArray<T>)items);

    /// <summary>Gets a reference or null one time in three.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="gen">The generator of values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OptionalReference<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    /// <summary>Gets a value or null one time in three.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="gen">The generator of values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> Optional(Gen<string> gen) => OptionalReference(gen);

    private static Gen<TableColumn> Column(string key) =>
        from label in Name
        from side in OptionalValue(Enum<TableSide>())
        from economic in OptionalValue(Economic)
        select new TableColumn(key, label) { Side = side, Economic = economic };

    private static Gen<TableRow> Row(string[] keys) =>
        from kind in Enum<RowKind>()
        from side in OptionalValue(Enum<TableSide>())
        from codes in Zip(OptionalValue(Functional), OptionalValue(Economic))
        from texts in Zip(Name, OptionalText, OptionalText, OptionalText)
        from cells in Gen.CollectToArray(keys, key => Gen.Frequency((1, Gen.Constant<TableCell?>(null)), (4, Amount.Select(a => (TableCell?)new TableCell(key, a)))))
        select new TableRow
        {
            Kind = kind,
            Side = side,
            Functional = codes.Item1,
            Economic = codes.Item2,
            Name = texts.Item1,
            Key = texts.Item2,
            BudgetUnit = texts.Item3,
            Project = texts.Item4,
            Cells = cells.Where(c => c is not null).Select(c => c!.Value).ToArray(),
        };

    private static Gen<(T1, T2)> Zip<T1, T2>(Gen<T1> a, Gen<T2> b) => a.Zip(b);

    private static Gen<(T1, T2, T3)> Zip<T1, T2, T3>(Gen<T1> a, Gen<T2> b, Gen<T3> c) =>
        from x in a from y in b from z in c select (x, y, z);

    private static Gen<(T1, T2, T3, T4)> Zip<T1, T2, T3, T4>(Gen<T1> a, Gen<T2> b, Gen<T3> c, Gen<T4> d) =>
        from x in a from y in b from z in c from w in d select (x, y, z, w);

    private static Gen<(T1, T2, T3, T4, T5)> Zip<T1, T2, T3, T4, T5>(Gen<T1> a, Gen<T2> b, Gen<T3> c, Gen<T4> d, Gen<T5> e) =>
        from x in a from y in b from z in c from w in d from v in e select (x, y, z, w, v);

    private static long Pow10(int n)
    {
        long r = 1;
        for (int i = 0; i < n; i++)
        {
            r *= 10;
        }

        return r;
    }
}
