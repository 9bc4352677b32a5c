using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Synthetic;

/// <summary>Builds department budget disclosures that are consistent by construction (模拟部门预算公开), for tests, benchmarks and demonstrations.</summary>
/// <remarks>
/// Every amount starts as an exact amount in yuan; every printed figure is then rounded to 0.01 万元 half away from zero on its own,
/// the way a government's budget software prints it, so the tables show the same one-cent rounding noise real disclosures do and
/// no real error. Shares and growth rates are computed from the exact amounts and rounded to 0.01. Codes and names come from the
/// fiscal year's catalogue, across every functional class it holds. <see cref="InjectError(BudgetDisclosure, int, decimal)"/> then
/// changes one printed cell and says which. The same seed and options always give the same disclosure.
/// </remarks>
public sealed class SyntheticDisclosureGenerator
{
    private const string City = "示范市";

    /// <summary>The department a disclosure is for when the options name none.</summary>
    public const string DefaultDepartment = City + "科学技术局";
    private const decimal TenThousand = 10_000m;

    private static readonly string[] UnitNames =
    [
        DefaultDepartment,
        City + "科技信息服务中心",
        City + "技术创新研发与科技成果转化中心",
        City + "生产力促进中心",
        City + "科学技术情报研究所",
        City + "科技馆",
        City + "知识产权保护中心",
        City + "农业科技推广站",
    ];

    private static readonly string[] ProjectTopics =
    [
        "高新技术企业奖补资金", "科技人才队伍建设专项", "重点研发计划项目", "科技成果转化引导资金", "创新创业大赛组织经费",
        "对外合作交流工作经费", "科普宣传活动经费", "技术市场建设专项", "科技金融服务补助", "孵化载体备案认定经费",
        "重点实验室运行补助", "产学研协同创新项目", "知识产权保护专项", "农业科技示范推广经费", "科技统计调查经费",
        "文献数据库更新维护费", "科技特派员工作补助", "创新券奖补资金", "科技规划编制经费", "科技咨询评审费",
    ];

    private static readonly string[] CarryOverTopics =
    [
        "上年度揭榜挂帅攻关项目", "上年度两区创新建设专项", "上年度机房运行维护费", "上年度科技计划专项资金", "上年度人才发展资金",
        "上年度创新平台建设补助", "上年度科技服务采购经费",
    ];

    private static readonly string[] SubordinateSuffixes = ["信息中心", "后勤服务站", "发展研究院", "综合保障所", "宣传教育馆", "质量监测站", "干部培训学校"];

    private static readonly int[] PersonnelSections = [30101, 30102, 30103, 30107, 30108, 30110, 30113, 30302];
    private static readonly int[] PublicSections = [30201, 30205, 30206, 30211, 30212, 30217, 30227, 30228, 30231, 30299];
    private static readonly int[] ProjectSections = [30201, 30202, 30211, 30214, 30216, 30226, 30227, 31002, 31007, 31299];
    private static readonly string[] EconomicClasses = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"];

    /// <summary>Initializes a new instance of the <see cref="SyntheticDisclosureGenerator"/> class.</summary>
    /// <param name="options">What to build; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is outside its documented range, or the year has no catalogue.</exception>
    public SyntheticDisclosureGenerator(SyntheticDisclosureOptions? options = null)
    {
        Options = options ?? new SyntheticDisclosureOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Units, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.Units, UnitNames.Length, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.ProjectsPerUnit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.ProjectsPerUnit, 12, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.CarryOverProjectsPerUnit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.CarryOverProjectsPerUnit, 6, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.FunctionalItems, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.FunctionalItems, 60, nameof(options));
        if (!ClassificationCatalogues.TryForYear(Options.CatalogueYear ?? Options.FiscalYear, out ClassificationCatalogues? catalogues))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.CatalogueYear ?? Options.FiscalYear, "The package holds no classification catalogue for this year.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Options.Department, nameof(options));
        if (Options.FunctionalClass is string functionalClass && ItemsOf(catalogues, functionalClass).Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), functionalClass, "The catalogue has no functional item (项) under this class.");
        }
    }

    /// <summary>Gets the options.</summary>
    public SyntheticDisclosureOptions Options { get; }

    /// <summary>The functional classes (类) of a year's catalogue under which a disclosure can be built, i.e. those with at least one item (项) whose section (款) is listed too.</summary>
    /// <param name="catalogueYear">The year of the catalogue.</param>
    /// <returns>The classes' three-digit codes, in catalogue order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The package holds no catalogue for that year.</exception>
    public static IReadOnlyList<string> FunctionalClasses(int catalogueYear)
    {
        ClassificationCatalogues catalogues = ClassificationCatalogues.ForYear(catalogueYear);
        return [.. ItemsOf(catalogues, null).Select(c => c.Class.ToString()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Builds the disclosure of the options' seed.</summary>
    /// <returns>A disclosure consistent by construction.</returns>
    public BudgetDisclosure Generate() => Generate(Options.Seed);

    /// <summary>Builds the disclosure of a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>A disclosure consistent by construction.</returns>
    public BudgetDisclosure Generate(int seed) => new Builder(Options, seed).Build();

    /// <summary>Adds <paramref name="delta"/> to one printed table cell chosen by <paramref name="seed"/> among the cells that hold an amount.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="seed">Chooses the cell.</param>
    /// <param name="delta">What to add (e.g. 0.05 or 100.00).</param>
    /// <returns>The changed disclosure and the changed cell's pointer.</returns>
    /// <exception cref="ArgumentException">No table cell holds an amount.</exception>
    public static InjectedError InjectError(BudgetDisclosure disclosure, int seed, decimal delta)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var cells = new List<(int Table, int Row, int Cell)>();
        for (int t = 0; t < disclosure.Tables.Count; t++)
        {
            var rows = disclosure.Tables[t].Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                for (int c = 0; c < rows[r].Cells.Count; c++)
                {
                    if (rows[r].Cells[c].Amount.HasValue)
                    {
                        cells.Add((t, r, c));
                    }
                }
            }
        }

        if (cells.Count == 0)
        {
            throw new ArgumentException("No table cell of the disclosure holds an amount.", nameof(disclosure));
        }

        (int table, int row, int cell) = cells[new Random(seed).Next(cells.Count)];
        return InjectError(disclosure, table, row, disclosure.Tables[table].Rows[row].Cells[cell].Column, delta);
    }

    /// <summary>Adds <paramref name="delta"/> to one named printed table cell.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <param name="table">The table's index in <see cref="BudgetDisclosure.Tables"/>.</param>
    /// <param name="row">The row's index.</param>
    /// <param name="column">The column key.</param>
    /// <param name="delta">What to add; a blank cell counts as zero.</param>
    /// <returns>The changed disclosure and the changed cell's pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The table, row or column does not exist.</exception>
    public static InjectedError InjectError(BudgetDisclosure disclosure, int table, int row, string column, decimal delta)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentOutOfRangeException.ThrowIfNegative(table);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(table, disclosure.Tables.Count);
        DisclosureTable target = disclosure.Tables[table];
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, target.Rows.Count);
        TableRow targetRow = target.Rows[row];
        if (!targetRow.HasCell(column))
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "The row has no cell in this column.");
        }

        decimal original = targetRow[column].ValueOrZero;
        decimal changed = original + delta;
        TableRow newRow = targetRow with
        {
            Cells = [.. targetRow.Cells.Select(c => c.Column == column ? new TableCell(column, changed) : c)],
        };
        DisclosureTable newTable = target with { Rows = [.. target.Rows.Select((r, i) => i == row ? newRow : r)] };
        BudgetDisclosure changedDisclosure = disclosure with { Tables = [.. disclosure.Tables.Select((t, i) => i == table ? newTable : t)] };
        string pointer = string.Create(CultureInfo.InvariantCulture, $"/tables/{table}/rows/{row}/cells/{column}");
        return new InjectedError(changedDisclosure, pointer, original, changed);
    }

    /// <summary>The items (项) a disclosure can use: those whose section (款) and class (类) the catalogue lists, under one class or all.</summary>
    private static List<FunctionalCode> ItemsOf(ClassificationCatalogues catalogues, string? functionalClass)
    {
        var items = new List<FunctionalCode>();
        foreach (ClassificationEntry<FunctionalCode> entry in catalogues.Functional.Entries)
        {
            if (entry.Depth == 2 && entry.Code.Parent is { } section && catalogues.Functional.Contains(section) && catalogues.Functional.Contains(entry.Code.Class)
                && (functionalClass is null || entry.Code.Class.ToString() == functionalClass))
            {
                items.Add(entry.Code);
            }
        }

        return items;
    }

    /// <summary>Prints an exact amount in yuan as 万元 to 0.01, half away from zero; zero prints blank.</summary>
    internal static Amount Print(decimal yuan) => yuan == 0m ? Amount.Blank : PrintZero(yuan);

    /// <summary>Prints an exact amount in yuan as 万元 to 0.01, half away from zero; zero prints 0.00.</summary>
    internal static Amount PrintZero(decimal yuan) => Math.Round(yuan / TenThousand, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>Prints a ratio in percent to 0.01, half away from zero.</summary>
    internal static Amount Percent(decimal part, decimal whole) => whole == 0m ? Amount.Blank : Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero) + 0.00m;

    private sealed class Project
    {
        public required string Name { get; init; }

        public required int Unit { get; init; }

        public required FunctionalCode Item { get; init; }

        /// <summary>0: own general revenue; 1: higher-level transfer; 2: unit funds; 3: fiscal carry-over.</summary>
        public required int Source { get; init; }

        public required List<(EconomicCode Section, decimal Yuan)> Sections { get; init; }

        public decimal Total => Sections.Sum(s => s.Yuan);
    }

    private sealed class CodeTotals
    {
        public decimal Basic { get; set; }

        public decimal Own { get; set; }

        public decimal Transfer { get; set; }

        public decimal UnitFunds { get; set; }

        public decimal Carry { get; set; }

        public decimal GeneralPublicBudget => Basic + Own;

        public decimal Fiscal => Basic + Own + Transfer;

        public decimal Project => Own + Transfer + UnitFunds + Carry;

        public decimal Total => Fiscal + UnitFunds + Carry;

        public void Add(CodeTotals other)
        {
            Basic += other.Basic;
            Own += other.Own;
            Transfer += other.Transfer;
            UnitFunds += other.UnitFunds;
            Carry += other.Carry;
        }
    }

    private sealed class Builder
    {
        private readonly SyntheticDisclosureOptions _options;
        private readonly Random _random;
        private readonly ClassificationCatalogues _catalogues;
        private readonly List<FunctionalCode> _items = [];
        private readonly List<Project> _projects = [];
        private readonly Dictionary<EconomicCode, decimal> _basicSections = [];
        private readonly Dictionary<(int Unit, FunctionalCode Item), decimal> _basicByUnit = [];
        private readonly List<DisclosureTable> _tables = [];
        private readonly string[] _unitNames;

        public Builder(SyntheticDisclosureOptions options, int seed)
        {
            _options = options;
            _random = new Random(seed);
            _catalogues = ClassificationCatalogues.ForYear(options.CatalogueYear ?? options.FiscalYear);
            Department = options.Department;
            _unitNames = Department == DefaultDepartment
                ? UnitNames
                : [Department, .. SubordinateSuffixes.Select(suffix => Department + suffix)];
        }

        private string Department { get; }

        public BudgetDisclosure Build()
        {
            PickItems();
            MakeBudget();
            Dictionary<FunctionalCode, CodeTotals> totals = Totals(unit: null, fiscalOnly: false);
            CodeTotals all = Sum(totals);
            decimal personnel = _basicSections.Where(s => s.Key.ClassDigits is 301 or 303).Sum(s => s.Value);
            decimal publicExpenses = _basicSections.Where(s => s.Key.ClassDigits == 302).Sum(s => s.Value);
            decimal gpbProjects = _projects.Where(p => p.Source is 0 or 1).Sum(p => p.Total);

            AddIncomeExpenditureSummary(all, totals);
            AddIncome(totals, all);
            AddExpenditure(totals, all);
            AddFiscalAppropriationSummary(all, totals);
            AddGeneralPublicBudget(totals, all);
            AddBasic();
            AddProjects();
            AddEmptyFundTable(TableKind.GovernmentFundExpenditure, "8", "政府性基金预算支出情况表", "本部门没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。");
            AddEmptyFundTable(TableKind.StateCapitalExpenditure, "9", "国有资本经营预算支出情况表", "本部门没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。");
            AddThreePublic();
            AddCommissioned();
            AddCarryOver();

            return new BudgetDisclosure
            {
                Department = Department,
                FiscalYear = _options.FiscalYear,
                Phase = DisclosurePhase.Budget,
                Title = $"{_options.FiscalYear}年{Department}部门预算公开",
                Overview = new DepartmentOverview
                {
                    Functions = ["负责贯彻落实科技创新工作的方针政策（模拟数据）。"],
                    UnitsStatement = $"{Department}的预算包括本级预算及下属共 {_options.Units} 家预算单位在内的汇总预算。",
                    Units = [.. Enumerable.Range(0, _options.Units).Select(u => new BudgetUnit(u == 0 ? Department + "（本级）" : _unitNames[u], u == 0 ? BudgetUnitKind.Administrative : BudgetUnitKind.FullyFundedInstitution, u == 0 ? "行政单位" : "全额拨款事业单位"))],
                },
                Tables = [.. _tables],
                Explanations = Explain(all, totals, personnel, publicExpenses, gpbProjects),
                Performance = Performance(all),
            };
        }

        private decimal Yuan(decimal minWan, decimal maxWan)
        {
            long min = (long)(minWan * TenThousand * 100m);
            long max = (long)(maxWan * TenThousand * 100m);
            return _random.NextInt64(min, max) / 100m;
        }

        private void PickItems()
        {
            List<FunctionalCode> candidates = ItemsOf(_catalogues, _options.FunctionalClass);
            int wanted = Math.Min(_options.FunctionalItems, candidates.Count);
            var chosen = new SortedSet<FunctionalCode>();
            while (chosen.Count < wanted)
            {
                chosen.Add(candidates[_random.Next(candidates.Count)]);
            }

            _items.AddRange(chosen);
        }

        private static EconomicCode Section(int code) => EconomicCode.FromValue(code, 1);

        private void MakeBudget()
        {
            int projectTopic = _random.Next(ProjectTopics.Length);
            int carryTopic = _random.Next(CarryOverTopics.Length);
            int projectCount = 0;
            int carryCount = 0;
            for (int u = 0; u < _options.Units; u++)
            {
                FunctionalCode basicItem = _items[u % _items.Count];
                foreach (int code in PersonnelSections)
                {
                    if (_random.Next(4) > 0)
                    {
                        AddBasic(u, basicItem, code, Yuan(1m, 400m));
                    }
                }

                foreach (int code in PublicSections)
                {
                    if (_random.Next(3) > 0)
                    {
                        AddBasic(u, basicItem, code, Yuan(0.1m, 60m));
                    }
                }

                for (int p = 0; p < _options.ProjectsPerUnit; p++)
                {
                    var sections = new List<(EconomicCode, decimal)>();
                    int count = 1 + _random.Next(3);
                    var used = new HashSet<int>();
                    while (sections.Count < count)
                    {
                        int code = ProjectSections[_random.Next(ProjectSections.Length)];
                        if (used.Add(code))
                        {
                            sections.Add((Section(code), Yuan(0.5m, code == 31299 ? 3000m : 300m)));
                        }
                    }

                    string topic = ProjectTopics[(projectTopic + projectCount) % ProjectTopics.Length];
                    string name = projectCount < ProjectTopics.Length ? topic : $"{topic}（第{(projectCount / ProjectTopics.Length) + 1}期）";
                    projectCount++;
                    int source = _random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 };
                    _projects.Add(new Project { Name = $"{_options.FiscalYear}年{name}", Unit = u, Item = _items[_random.Next(_items.Count)], Source = source, Sections = sections });
                }

                for (int p = 0; p < _options.CarryOverProjectsPerUnit; p++)
                {
                    string topic = CarryOverTopics[(carryTopic + carryCount) % CarryOverTopics.Length];
                    string name = carryCount < CarryOverTopics.Length ? topic : $"{topic}（第{(carryCount / CarryOverTopics.Length) + 1}批）";
                    carryCount++;
                    _projects.Add(new Project
                    {
                        Name = name,
                        Unit = u,
                        Item = _items[_random.Next(_items.Count)],
                        Source = 3,
                        Sections = [(Section(30226), Yuan(0.5m, 500m))],
                    });
                }
            }
        }

        private void AddBasic(int unit, FunctionalCode item, int code, decimal yuan)
        {
            EconomicCode section = Section(code);
            _basicSections[section] = _basicSections.GetValueOrDefault(section) + yuan;
            _basicByUnit[(unit, item)] = _basicByUnit.GetValueOrDefault((unit, item)) + yuan;
        }

        /// <summary>Adds up the exact amounts per functional code (classes, sections and items), for one unit or all.</summary>
        private Dictionary<FunctionalCode, CodeTotals> Totals(int? unit, bool fiscalOnly)
        {
            var byItem = new Dictionary<FunctionalCode, CodeTotals>();
            CodeTotals At(FunctionalCode item) => byItem.TryGetValue(item, out CodeTotals? t) ? t : byItem[item] = new CodeTotals();
            foreach (((int u, FunctionalCode item), decimal yuan) in _basicByUnit)
            {
                if (unit is null || unit == u)
                {
                    At(item).Basic += yuan;
                }
            }

            foreach (Project project in _projects)
            {
                if (unit is not null && unit != project.Unit)
                {
                    continue;
                }

                CodeTotals t = At(project.Item);
                switch (project.Source)
                {
                    case 0: t.Own += project.Total; break;
                    case 1: t.Transfer += project.Total; break;
                    case 2 when !fiscalOnly: t.UnitFunds += project.Total; break;
                    case 3 when !fiscalOnly: t.Carry += project.Total; break;
                }
            }

            var result = new Dictionary<FunctionalCode, CodeTotals>();
            foreach ((FunctionalCode item, CodeTotals t) in byItem)
            {
                for (FunctionalCode? code = item; code is FunctionalCode c; code = c.Parent)
                {
                    if (!result.TryGetValue(c, out CodeTotals? sum))
                    {
                        result[c] = sum = new CodeTotals();
                    }

                    sum.Add(t);
                }
            }

            return result;
        }

        private static CodeTotals Sum(Dictionary<FunctionalCode, CodeTotals> totals)
        {
            var all = new CodeTotals();
            foreach ((FunctionalCode code, CodeTotals t) in totals)
            {
                if (code.Depth == 0)
                {
                    all.Add(t);
                }
            }

            return all;
        }

        private string FunctionalName(FunctionalCode code) => _catalogues.Functional.TryGet(code, out ClassificationEntry<FunctionalCode>? entry) ? entry.Name : code.ToString();

        private string EconomicName(EconomicCode code) => _catalogues.EconomicDepartment.TryGet(code, out ClassificationEntry<EconomicCode>? entry) ? entry.Name : code.ToString();

        private static RowKind KindOf(FunctionalCode code) => code.Depth switch { 0 => RowKind.Class, 1 => RowKind.Section, _ => RowKind.Item };

        private static TableCell Cell(string column, decimal yuan) => new(column, Print(yuan));

        private static TableRow Line(string key, string name, TableSide? side, params TableCell[] cells)
            => new() { Kind = RowKind.Line, Key = key, Name = name, Side = side, Cells = cells };

        private static TableRow Total(string name, TableSide? side, params TableCell[] cells)
            => new() { Kind = RowKind.Total, Name = name, Side = side, Cells = cells };

        private void AddTable(TableKind kind, string number, string title, TableColumn[] columns, List<TableRow> rows, params string[] notes)
            => _tables.Add(new DisclosureTable
            {
                Kind = kind,
                Number = number,
                Title = title,
                PreparedBy = Department,
                Unit = PresentationUnit.TenThousandYuan,
                Columns = columns,
                Rows = [.. rows],
                Notes = notes,
            });

        private static IEnumerable<FunctionalCode> InOrder(Dictionary<FunctionalCode, CodeTotals> totals)
            => totals.Keys.OrderBy(c => c.ClassDigits).ThenBy(c => c.SectionDigits ?? -1).ThenBy(c => c.ItemDigits ?? -1);

        private void AddIncomeExpenditureSummary(CodeTotals all, Dictionary<FunctionalCode, CodeTotals> totals)
        {
            const TableSide Income = TableSide.Income;
            const TableSide Expenditure = TableSide.Expenditure;
            string i = ColumnKeys.Income;
            decimal current = all.Fiscal + all.UnitFunds;
            var rows = new List<TableRow>
            {
                Line(RowKeys.CurrentYearIncome, "一、本年收入", Income, Cell(i, current)),
                Line(RowKeys.GeneralPublicBudget, "1. 一般公共预算拨款", Income, Cell(i, all.Fiscal)),
                Line(RowKeys.GeneralPublicBudgetOwnRevenue, "其中：一般财力", Income, Cell(i, all.GeneralPublicBudget)),
                Line(RowKeys.GeneralPublicBudgetTransfer, "上级一般公共预算安排转移支付", Income, Cell(i, all.Transfer)),
                Line(RowKeys.GovernmentFund, "2. 政府性基金预算拨款", Income, Cell(i, 0m)),
                Line(RowKeys.StateCapital, "3. 国有资本经营预算拨款", Income, Cell(i, 0m)),
                Line(RowKeys.FiscalSpecialAccount, "4. 财政专户核拨", Income, Cell(i, 0m)),
                Line(RowKeys.UnitFunds, "5. 单位资金", Income, Cell(i, all.UnitFunds)),
                Line(RowKeys.OtherRevenue, "其他收入", Income, Cell(i, all.UnitFunds)),
                Line(RowKeys.CarryOver, "二、上年结转结余", Income, Cell(i, all.Carry)),
                Line(RowKeys.FiscalCarryOver, "1. 财政拨款结转", Income, Cell(i, all.Carry)),
                Line(RowKeys.FiscalCarryOverGeneralPublicBudget, "其中：一般公共预算拨款", Income, Cell(i, all.Carry)),
                Line(RowKeys.NonFiscalCarryOver, "2. 非财政拨款结转结余", Income, Cell(i, 0m)),
            };
            foreach (FunctionalCode code in InOrder(totals).Where(c => c.Depth == 0))
            {
                rows.Add(new TableRow { Kind = RowKind.Class, Side = Expenditure, Functional = code, Name = FunctionalName(code), Cells = [Cell(ColumnKeys.Expenditure, totals[code].Total)] });
            }

            rows.Add(Total("收入总计", Income, Cell(i, all.Total)));
            rows.Add(Total("支出总计", Expenditure, Cell(ColumnKeys.Expenditure, all.Total)));
            AddTable(
                TableKind.IncomeExpenditureSummary,
                "1",
                "部门收支总体情况表",
                [new TableColumn(i, "收入/预算数") { Side = Income }, new TableColumn(ColumnKeys.Expenditure, "支出/预算数") { Side = Expenditure }],
                rows);
        }

        private void AddIncome(Dictionary<FunctionalCode, CodeTotals> totals, CodeTotals all)
        {
            TableColumn[] columns =
            [
                new(ColumnKeys.Total, "总计"),
                new(ColumnKeys.Fiscal, "财政拨款（补助）/财政拨款（补助）小计"),
                new(ColumnKeys.GeneralPublicBudget, "财政拨款（补助）/一般公共预算"),
                new(ColumnKeys.GeneralPublicBudgetTransfer, "财政拨款（补助）/上级一般公共预算安排的转移支付"),
                new(ColumnKeys.GovernmentFund, "财政拨款（补助）/政府性基金预算"),
                new(ColumnKeys.GovernmentFundTransfer, "财政拨款（补助）/上级政府性基金安排的转移支付"),
                new(ColumnKeys.StateCapital, "财政拨款（补助）/国有资本经营预算"),
                new(ColumnKeys.FiscalSpecialAccount, "财政专户（教育收费）"),
                new(ColumnKeys.UnitFunds, "单位资金"),
                new(ColumnKeys.FiscalCarryOver, "财政拨款结转"),
                new(ColumnKeys.NonFiscalCarryOver, "非财政拨款结转结余"),
            ];
            TableCell[] Cells(CodeTotals t) =>
            [
                Cell(ColumnKeys.Total, t.Total), Cell(ColumnKeys.Fiscal, t.Fiscal), Cell(ColumnKeys.GeneralPublicBudget, t.GeneralPublicBudget),
                Cell(ColumnKeys.GeneralPublicBudgetTransfer, t.Transfer), Cell(ColumnKeys.GovernmentFund, 0m), Cell(ColumnKeys.GovernmentFundTransfer, 0m),
                Cell(ColumnKeys.StateCapital, 0m), Cell(ColumnKeys.FiscalSpecialAccount, 0m), Cell(ColumnKeys.UnitFunds, t.UnitFunds),
                Cell(ColumnKeys.FiscalCarryOver, t.Carry), Cell(ColumnKeys.NonFiscalCarryOver, 0m),
            ];
            var rows = InOrder(totals).Select(c => new TableRow { Kind = KindOf(c), Functional = c, Name = FunctionalName(c), Cells = Cells(totals[c]) }).ToList();
            rows.Add(Total("总计", null, Cells(all)));
            AddTable(TableKind.Income, "2", "部门收入总体情况表", columns, rows);
        }

        private void AddExpenditure(Dictionary<FunctionalCode, CodeTotals> totals, CodeTotals all)
        {
            TableCell[] Cells(CodeTotals t) => [Cell(ColumnKeys.Total, t.Total), Cell(ColumnKeys.Basic, t.Basic), Cell(ColumnKeys.Project, t.Project)];
            var rows = InOrder(totals).Select(c => new TableRow { Kind = KindOf(c), Functional = c, Name = FunctionalName(c), Cells = Cells(totals[c]) }).ToList();
            rows.Add(Total("总计", null, Cells(all)));
            AddTable(TableKind.Expenditure, "3", "部门支出总体情况表", [new(ColumnKeys.Total, "支出预算/合计"), new(ColumnKeys.Basic, "支出预算/基本支出"), new(ColumnKeys.Project, "支出预算/项目支出")], rows);
        }

        private void AddFiscalAppropriationSummary(CodeTotals all, Dictionary<FunctionalCode, CodeTotals> totals)
        {
            const TableSide Income = TableSide.Income;
            const TableSide Expenditure = TableSide.Expenditure;
            string i = ColumnKeys.Income;
            var rows = new List<TableRow>
            {
                Line(RowKeys.FiscalAppropriation, "一、财政拨款（补助）", Income, Cell(i, all.Fiscal)),
                Line(RowKeys.GeneralPublicBudget, "一般公共预算", Income, Cell(i, all.Fiscal)),
                Line(RowKeys.GovernmentFund, "政府性基金预算", Income, Cell(i, 0m)),
                Line(RowKeys.StateCapital, "国有资本经营预算", Income, Cell(i, 0m)),
            };
            TableCell[] Cells(decimal fiscal) => [Cell(ColumnKeys.Total, fiscal), Cell(ColumnKeys.GeneralPublicBudget, fiscal), Cell(ColumnKeys.GovernmentFund, 0m), Cell(ColumnKeys.StateCapital, 0m)];
            foreach (FunctionalCode code in InOrder(totals).Where(c => c.Depth == 0))
            {
                rows.Add(new TableRow { Kind = RowKind.Class, Side = Expenditure, Functional = code, Name = FunctionalName(code), Cells = Cells(totals[code].Fiscal) });
            }

            rows.Add(Total("收入总计", Income, Cell(i, all.Fiscal)));
            rows.Add(Total("支出总计", Expenditure, Cells(all.Fiscal)));
            AddTable(
                TableKind.FiscalAppropriationSummary,
                "4",
                "财政拨款收支预算总体情况表",
                [
                    new(i, "财政拨款收入/合计") { Side = Income },
                    new(ColumnKeys.Total, "财政拨款支出/合计") { Side = Expenditure },
                    new(ColumnKeys.GeneralPublicBudget, "财政拨款支出/一般公共预算") { Side = Expenditure },
                    new(ColumnKeys.GovernmentFund, "财政拨款支出/政府性基金预算") { Side = Expenditure },
                    new(ColumnKeys.StateCapital, "财政拨款支出/国有资本经营预算") { Side = Expenditure },
                ],
                rows);
        }

        private void AddGeneralPublicBudget(Dictionary<FunctionalCode, CodeTotals> totals, CodeTotals all)
        {
            TableCell[] Cells(CodeTotals t) => [Cell(ColumnKeys.Total, t.Fiscal), Cell(ColumnKeys.Basic, t.Basic), Cell(ColumnKeys.Project, t.Own + t.Transfer)];
            var rows = InOrder(totals).Where(c => totals[c].Fiscal != 0m).Select(c => new TableRow { Kind = KindOf(c), Functional = c, Name = FunctionalName(c), Cells = Cells(totals[c]) }).ToList();
            rows.Add(Total("总计", null, Cells(all)));
            AddTable(TableKind.GeneralPublicBudgetExpenditure, "5", "一般公共预算支出情况表", [new(ColumnKeys.Total, "一般公共预算支出/合计"), new(ColumnKeys.Basic, "一般公共预算支出/基本支出"), new(ColumnKeys.Project, "一般公共预算支出/项目支出")], rows);
        }

        private void AddBasic()
        {
            var rows = new List<TableRow>();
            decimal personnel = 0m;
            decimal publicExpenses = 0m;
            foreach (IGrouping<int, KeyValuePair<EconomicCode, decimal>> group in _basicSections.OrderBy(s => s.Key.Value).GroupBy(s => s.Key.ClassDigits))
            {
                bool isPublic = group.Key == 302;
                decimal classTotal = group.Sum(s => s.Value);
                EconomicCode classCode = EconomicCode.FromValue(group.Key, 0);
                rows.Add(new TableRow { Kind = RowKind.Class, Economic = classCode, Name = EconomicName(classCode), Cells = Cells(classTotal, isPublic) });
                foreach ((EconomicCode code, decimal yuan) in group)
                {
                    rows.Add(new TableRow { Kind = RowKind.Section, Economic = code, Name = EconomicName(code), Cells = Cells(yuan, isPublic) });
                }

                if (isPublic)
                {
                    publicExpenses += classTotal;
                }
                else
                {
                    personnel += classTotal;
                }
            }

            rows.Add(Total("总计", null, Cell(ColumnKeys.Total, personnel + publicExpenses), Cell(ColumnKeys.Personnel, personnel), Cell(ColumnKeys.Public, publicExpenses)));
            AddTable(TableKind.GeneralPublicBudgetBasicExpenditure, "6", "一般公共预算基本支出情况表", [new(ColumnKeys.Total, "一般公共预算基本支出/合计"), new(ColumnKeys.Personnel, "一般公共预算基本支出/人员经费"), new(ColumnKeys.Public, "一般公共预算基本支出/公用经费")], rows);

            static TableCell[] Cells(decimal yuan, bool isPublic)
                => [Cell(ColumnKeys.Total, yuan), Cell(ColumnKeys.Personnel, isPublic ? 0m : yuan), Cell(ColumnKeys.Public, isPublic ? yuan : 0m)];
        }

        private static TableCell[] EconomicCells(IEnumerable<Project> projects)
        {
            var cells = new TableCell[EconomicClasses.Length + 1];
            decimal total = 0m;
            for (int e = 0; e < EconomicClasses.Length; e++)
            {
                int digits = int.Parse(EconomicClasses[e], CultureInfo.InvariantCulture);
                decimal sum = projects.SelectMany(p => p.Sections).Where(s => s.Section.ClassDigits == digits).Sum(s => s.Yuan);
                total += sum;
                cells[e + 1] = Cell(ColumnKeys.EconomicPrefix + EconomicClasses[e], sum);
            }

            cells[0] = Cell(ColumnKeys.Total, total);
            return cells;
        }

        private void AddProjects()
        {
            List<Project> fiscal = [.. _projects.Where(p => p.Source is 0 or 1)];
            var rows = new List<TableRow>();
            for (int u = 0; u < _options.Units; u++)
            {
                List<Project> own = [.. fiscal.Where(p => p.Unit == u)];
                if (own.Count == 0)
                {
                    continue;
                }

                string unit = _unitNames[u];
                rows.Add(new TableRow { Kind = RowKind.Unit, Name = unit, BudgetUnit = unit, Cells = EconomicCells(own) });
                var codes = new SortedSet<FunctionalCode>();
                foreach (Project project in own)
                {
                    codes.Add(project.Item.Class);
                    codes.Add(project.Item.Parent!.Value);
                }

                foreach (FunctionalCode code in codes.OrderBy(c => c.ClassDigits).ThenBy(c => c.SectionDigits ?? -1))
                {
                    rows.Add(new TableRow { Kind = KindOf(code), Functional = code, Name = FunctionalName(code), BudgetUnit = unit, Cells = EconomicCells(own.Where(p => p.Item.IsWithin(code))) });
                    if (code.Depth == 1)
                    {
                        foreach (Project project in own.Where(p => p.Item.IsWithin(code)).OrderBy(p => p.Item))
                        {
                            rows.Add(new TableRow { Kind = RowKind.Project, Functional = project.Item, Name = FunctionalName(project.Item), Project = project.Name, BudgetUnit = unit, Cells = EconomicCells([project]) });
                        }
                    }
                }
            }

            rows.Add(new TableRow { Kind = RowKind.Total, Name = "总计", Cells = EconomicCells(fiscal) });
            var columns = new List<TableColumn> { new(ColumnKeys.Total, "项目支出合计") };
            foreach (string digits in EconomicClasses)
            {
                EconomicCode code = EconomicCode.Parse(digits, CultureInfo.InvariantCulture);
                columns.Add(new TableColumn(ColumnKeys.EconomicPrefix + digits, EconomicName(code)) { Economic = code });
            }

            AddTable(TableKind.GeneralPublicBudgetProjectExpenditure, "7", "一般公共预算项目支出情况表", [.. columns], rows);
        }

        private void AddEmptyFundTable(TableKind kind, string number, string title, string note)
            => AddTable(
                kind,
                number,
                title,
                [new(ColumnKeys.Total, "合计"), new(ColumnKeys.BasicPersonnel, "基本支出/人员经费"), new(ColumnKeys.BasicPublic, "基本支出/公用经费"), new(ColumnKeys.Project, "项目支出")],
                [Total("总计", null, Cell(ColumnKeys.Total, 0m), Cell(ColumnKeys.BasicPersonnel, 0m), Cell(ColumnKeys.BasicPublic, 0m), Cell(ColumnKeys.Project, 0m))],
                note);

        private static TableCell[] FundCells(decimal yuan) => [Cell(ColumnKeys.Total, yuan), Cell(ColumnKeys.GeneralPublicBudget, yuan), Cell(ColumnKeys.GovernmentFund, 0m), Cell(ColumnKeys.StateCapital, 0m)];

        private decimal BasicSection(int code) => _basicSections.GetValueOrDefault(Section(code));

        private void AddThreePublic()
        {
            decimal overseas = BasicSection(30212);
            decimal reception = BasicSection(30217);
            decimal operation = BasicSection(30231);
            List<TableRow> rows =
            [
                Line(RowKeys.OverseasTravel, "因公出国（境）费用", null, FundCells(overseas)),
                Line(RowKeys.Reception, "公务接待费", null, FundCells(reception)),
                Line(RowKeys.Vehicles, "公务用车购置及运行维护费（小计）", null, FundCells(operation)),
                Line(RowKeys.VehiclePurchase, "其中：公务用车购置", null, FundCells(0m)),
                Line(RowKeys.VehicleOperation, "公务用车运行维护费", null, FundCells(operation)),
                Total("总计", null, FundCells(overseas + reception + operation)),
            ];
            AddTable(TableKind.ThreePublicExpenses, "10", "财政拨款“三公”经费支出情况表", FundColumns(), rows);
        }

        private static TableColumn[] FundColumns() =>
            [new(ColumnKeys.Total, "合计"), new(ColumnKeys.GeneralPublicBudget, "资金来源/一般公共预算"), new(ColumnKeys.GovernmentFund, "资金来源/政府性基金"), new(ColumnKeys.StateCapital, "资金来源/国有资本经营预算")];

        private static decimal Commissioned(Project project) => project.Sections.Where(s => s.Section.Value == 30227).Sum(s => s.Yuan);

        private void AddCommissioned()
        {
            var rows = new List<TableRow>();
            decimal total = 0m;
            for (int u = 0; u < _options.Units; u++)
            {
                List<Project> own = [.. _projects.Where(p => p.Unit == u && p.Source is 0 or 1 && Commissioned(p) != 0m)];
                if (own.Count == 0)
                {
                    continue;
                }

                decimal unitTotal = own.Sum(Commissioned);
                total += unitTotal;
                rows.Add(new TableRow { Kind = RowKind.Unit, Name = _unitNames[u], BudgetUnit = _unitNames[u], Cells = FundCells(unitTotal) });
                foreach (Project project in own)
                {
                    rows.Add(new TableRow { Kind = RowKind.Project, Name = project.Name, Project = project.Name, BudgetUnit = _unitNames[u], Cells = FundCells(Commissioned(project)) });
                }
            }

            rows.Add(Total("总计", null, FundCells(total)));
            AddTable(TableKind.CommissionedServices, "11", "财政拨款委托业务费支出情况表", FundColumns(), rows);
        }

        private static TableCell[] CarryCells(decimal yuan) =>
        [
            Cell(ColumnKeys.Total, yuan), Cell(ColumnKeys.Fiscal, yuan), Cell(ColumnKeys.FiscalBasicPersonnel, 0m), Cell(ColumnKeys.FiscalBasicPublic, 0m), Cell(ColumnKeys.FiscalProject, yuan),
            Cell(ColumnKeys.NonFiscal, 0m), Cell(ColumnKeys.NonFiscalBasicPersonnel, 0m), Cell(ColumnKeys.NonFiscalBasicPublic, 0m), Cell(ColumnKeys.NonFiscalProject, 0m),
        ];

        private void AddCarryOver()
        {
            var rows = new List<TableRow>();
            decimal total = 0m;
            for (int u = 0; u < _options.Units; u++)
            {
                List<Project> own = [.. _projects.Where(p => p.Unit == u && p.Source == 3)];
                if (own.Count == 0)
                {
                    continue;
                }

                decimal unitTotal = own.Sum(p => p.Total);
                total += unitTotal;
                rows.Add(new TableRow { Kind = RowKind.Unit, Name = _unitNames[u], BudgetUnit = _unitNames[u], Cells = CarryCells(unitTotal) });
                foreach (Project project in own)
                {
                    rows.Add(new TableRow { Kind = RowKind.Project, Name = project.Name, Project = project.Name, BudgetUnit = _unitNames[u], Cells = CarryCells(project.Total) });
                }
            }

            rows.Add(Total("总计", null, CarryCells(total)));
            AddTable(
                TableKind.PriorYearCarryOver,
                "12",
                "上年结转结余情况表",
                [
                    new(ColumnKeys.Total, "合计"), new(ColumnKeys.Fiscal, "财政拨款/小计"), new(ColumnKeys.FiscalBasicPersonnel, "财政拨款/基本支出/人员经费"),
                    new(ColumnKeys.FiscalBasicPublic, "财政拨款/基本支出/公用经费"), new(ColumnKeys.FiscalProject, "财政拨款/项目支出"), new(ColumnKeys.NonFiscal, "非财政拨款/小计"),
                    new(ColumnKeys.NonFiscalBasicPersonnel, "非财政拨款/基本支出/人员经费"), new(ColumnKeys.NonFiscalBasicPublic, "非财政拨款/基本支出/公用经费"), new(ColumnKeys.NonFiscalProject, "非财政拨款/项目支出"),
                ],
                rows);
        }

        private YearOverYearChange Change(decimal current)
        {
            decimal prior = Math.Round(current * (0.5m + ((decimal)_random.Next(1001) / 1000m)), 2);
            if (prior <= 0m)
            {
                prior = current > 0m ? current : 10_000m;
            }

            decimal change = current - prior;
            return new YearOverYearChange
            {
                Direction = change < 0m ? ChangeDirection.Decrease : ChangeDirection.Increase,
                Amount = PrintZero(Math.Abs(change)),
                RatePercent = Percent(Math.Abs(change), prior),
                ComparedWith = "上年预算",
                Reason = change < 0m ? "本年预算相应减少（模拟数据）" : "本年预算相应增加（模拟数据）",
            };
        }

        private StatedFigure Figure(string subject, string? key, decimal yuan, decimal? whole = null, bool change = false, FunctionalCode? functional = null)
            => new()
            {
                Subject = subject,
                Key = key,
                Functional = functional,
                Amount = PrintZero(yuan),
                SharePercent = whole is decimal w ? Percent(yuan, w) : Amount.Blank,
                Change = change && yuan > 0m ? Change(yuan) : null,
            };

        private Explanations Explain(CodeTotals all, Dictionary<FunctionalCode, CodeTotals> totals, decimal personnel, decimal publicExpenses, decimal gpbProjects)
        {
            decimal total = all.Total;
            var groups = new List<FigureGroup>
            {
                new() { Key = FigureGroupKeys.Overall, Total = Figure("收支总预算", null, total) },
                new()
                {
                    Key = FigureGroupKeys.Income,
                    Total = Figure("部门收入预算", null, total),
                    Parts =
                    [
                        Figure("一般公共预算", RowKeys.GeneralPublicBudgetOwnRevenue, all.GeneralPublicBudget, total, change: true),
                        Figure("上级一般公共预算安排的转移支付资金", RowKeys.GeneralPublicBudgetTransfer, all.Transfer, total, change: true),
                        Figure("单位资金", RowKeys.UnitFunds, all.UnitFunds, total, change: true),
                        Figure("财政拨款结转", RowKeys.FiscalCarryOver, all.Carry, total, change: true),
                    ],
                },
                new()
                {
                    Key = FigureGroupKeys.Expenditure,
                    Total = Figure("支出预算", null, total),
                    Parts = [Figure("基本支出", ColumnKeys.Basic, all.Basic, total, change: true), Figure("项目支出", ColumnKeys.Project, all.Project, total, change: true)],
                },
                new()
                {
                    Key = FigureGroupKeys.FiscalAppropriation,
                    Total = Figure("财政拨款收支总预算", RowKeys.FiscalAppropriation, all.Fiscal),
                    Parts =
                    [
                        Figure("一般公共预算拨款", RowKeys.GeneralPublicBudget, all.Fiscal),
                        .. InOrder(totals).Where(c => c.Depth == 0 && totals[c].Fiscal != 0m).Select(c => Figure(FunctionalName(c), null, totals[c].Fiscal, functional: c)),
                    ],
                },
                new()
                {
                    Key = FigureGroupKeys.GeneralPublicBudget,
                    Total = Figure("一般公共预算拨款合计", RowKeys.GeneralPublicBudget, all.Fiscal),
                    Parts = [Figure("基本支出", ColumnKeys.Basic, all.Basic, change: true), Figure("项目支出", ColumnKeys.Project, gpbProjects, change: true)],
                },
                new()
                {
                    Key = FigureGroupKeys.GeneralPublicBudgetStructure,
                    Parts = [.. InOrder(totals).Where(c => c.Depth == 0 && totals[c].Fiscal != 0m).Select(c => Figure($"{FunctionalName(c)}（类）", null, totals[c].Fiscal, all.Fiscal, functional: c))],
                },
                new()
                {
                    Key = FigureGroupKeys.GeneralPublicBudgetByItem,
                    Parts = [.. InOrder(totals).Where(c => c.Depth == 2 && totals[c].Fiscal != 0m).Select(c => Figure(FunctionalName(c), null, totals[c].Fiscal, change: true, functional: c))],
                },
                new()
                {
                    Key = FigureGroupKeys.BasicExpenditure,
                    Total = Figure("一般公共预算基本支出", ColumnKeys.Basic, all.Basic),
                    Parts = [Figure("人员经费", ColumnKeys.Personnel, personnel), Figure("公用经费", ColumnKeys.Public, publicExpenses)],
                },
                new()
                {
                    Key = FigureGroupKeys.ThreePublicExpenses,
                    Total = Figure("财政拨款“三公”经费", RowKeys.ThreePublicTotal, BasicSection(30212) + BasicSection(30217) + BasicSection(30231)),
                    Parts =
                    [
                        Figure("因公出国（境）费用", RowKeys.OverseasTravel, BasicSection(30212)),
                        Figure("公务用车购置", RowKeys.VehiclePurchase, 0m),
                        Figure("公务用车运行维护费", RowKeys.VehicleOperation, BasicSection(30231)),
                        Figure("公务接待费", RowKeys.Reception, BasicSection(30217)),
                    ],
                },
            };

            List<Project> commissioned = [.. _projects.Where(p => p.Source is 0 or 1 && Commissioned(p) != 0m)];
            if (commissioned.Count > 0)
            {
                groups.Add(new FigureGroup
                {
                    Key = FigureGroupKeys.CommissionedServices,
                    Total = Figure("委托业务费", null, commissioned.Sum(Commissioned)),
                    Parts = [.. commissioned.Select(p => Figure(p.Name, null, Commissioned(p)))],
                });
            }

            groups.Add(new FigureGroup
            {
                Key = FigureGroupKeys.CarryOver,
                Total = Figure("上年结转结余", RowKeys.CarryOver, all.Carry),
                Parts = [Figure("财政拨款", RowKeys.FiscalCarryOver, all.Carry), Figure("非财政拨款", RowKeys.NonFiscalCarryOver, 0m)],
            });
            List<Project> carried = [.. _projects.Where(p => p.Source == 3)];
            if (carried.Count > 0)
            {
                groups.Add(new FigureGroup { Key = FigureGroupKeys.CarryOverItems, Parts = [.. carried.Select(p => Figure(p.Name, null, p.Total))] });
            }

            decimal goods = Yuan(0m, 50m);
            decimal works = _random.Next(3) == 0 ? Yuan(0m, 100m) : 0m;
            decimal services = Yuan(0m, 300m);
            int general = 1 + _random.Next(8);
            int lawEnforcement = _random.Next(3);
            decimal generalValue = general * Yuan(8m, 30m);
            decimal lawValue = lawEnforcement * Yuan(8m, 30m);
            return new Explanations
            {
                Groups = [.. groups],
                Procurement = new GovernmentProcurement
                {
                    Total = PrintZero(goods + works + services),
                    Goods = PrintZero(goods),
                    Works = PrintZero(works),
                    Services = PrintZero(services),
                    ReservedForSmallAndMediumEnterprises = PrintZero(services / 2m),
                    ReservedForSmallAndMicroEnterprises = PrintZero(services / 4m),
                },
                Assets = new StateAssets
                {
                    AsOf = $"{_options.FiscalYear - 1}年底",
                    Holdings =
                    [
                        new AssetHolding { Key = "vehicles", Name = "车辆", Quantity = general + lawEnforcement, QuantityUnit = "辆", Value = PrintZero(generalValue + lawValue) },
                        new AssetHolding { Key = "vehicles.general", Name = "一般公务用车", Quantity = general, QuantityUnit = "辆", Value = PrintZero(generalValue) },
                        new AssetHolding { Key = "vehicles.lawEnforcement", Name = "执法执勤用车", Quantity = lawEnforcement, QuantityUnit = "辆", Value = PrintZero(lawValue) },
                        new AssetHolding { Key = "vehicles.other", Name = "其他车辆", Quantity = 0, QuantityUnit = "辆", Value = 0.00m },
                    ],
                },
                Projects = [.. _projects.Where(p => p.Source is 0 or 1).Select(Describe)],
                Performance = new PerformanceSummary
                {
                    DepartmentTargets = 1,
                    DepartmentAmount = PrintZero(total),
                    Projects = _projects.Count,
                    FiscalProjectsAmount = PrintZero(gpbProjects),
                    NonFiscalProjectsAmount = PrintZero(all.UnitFunds),
                },
            };
        }

        private ProjectDescription Describe(Project project)
        {
            NamedAmount[] allocation = [.. project.Sections.Select(s => new NamedAmount(EconomicName(s.Section), PrintZero(s.Yuan)))];
            return new ProjectDescription
            {
                Name = project.Name,
                PolicyBasis = "《关于印发科技创新工作方案的通知》（模拟数据）",
                Size = PrintZero(project.Total),
                ImplementingUnit = project.Unit == 0 ? Department : _unitNames[project.Unit],
                AllocationText = string.Join("、", allocation.Select(a => $"{a.Name}{a.Amount}万元")),
                Allocation = allocation,
                ExecutionPeriod = $"{_options.FiscalYear}年1月1日—{_options.FiscalYear}年12月25日",
            };
        }

        private EquatableArray<PerformanceIndicator> Indicators(int count)
        {
            var weights = new int[count];
            int left = 90;
            for (int i = 0; i < count; i++)
            {
                weights[i] = i == count - 1 ? left : Math.Max(1, Math.Min(left - (count - i - 1), 5 + _random.Next(20)));
                left -= weights[i];
            }

            return [.. weights.Select((w, i) => new PerformanceIndicator
            {
                Level1 = i % 2 == 0 ? "产出指标" : "效益指标",
                Level2 = i % 2 == 0 ? "数量指标" : "社会效益指标",
                Name = $"指标{i + 1}",
                Target = new IndicatorTarget { Text = $">={i + 1}项", Comparator = TargetComparator.AtLeast, Value = i + 1, Unit = "项" },
                Basis = "计划标准",
                PriorYearValue = "-",
                Weight = w,
                ScoringRule = "按照完成比例赋分",
                Evidence = "工作资料",
            })];
        }

        private PerformanceTargets Performance(CodeTotals all)
        {
            var department = new PerformanceTable
            {
                Scope = PerformanceScope.Department,
                Title = "部门整体绩效目标表",
                BudgetUnit = Department,
                Funding = new PerformanceFunding
                {
                    Total = PrintZero(all.Total),
                    Fiscal = PrintZero(all.Fiscal + all.Carry),
                    Other = PrintZero(all.UnitFunds),
                    Lines =
                    [
                        new NamedAmount("上级安排", PrintZero(all.Transfer)),
                        new NamedAmount("本级安排", PrintZero(all.GeneralPublicBudget + all.Carry)),
                        new NamedAmount("其他", PrintZero(all.UnitFunds)),
                    ],
                },
                Goal = "完成年度科技创新重点工作目标（模拟数据）。",
                Indicators = Indicators(5),
            };
            PerformanceTable[] projects =
            [
                .. _projects.Where(p => p.Source is 0 or 1).Select(p => new PerformanceTable
                {
                    Scope = PerformanceScope.Project,
                    Title = "项目支出绩效目标表",
                    BudgetUnit = p.Unit == 0 ? Department + "（本级）" : _unitNames[p.Unit],
                    ProjectName = p.Name,
                    Funding = new PerformanceFunding { Total = PrintZero(p.Total), Fiscal = PrintZero(p.Total), Other = 0.00m },
                    Goal = "按计划完成项目任务（模拟数据）。",
                    Indicators = Indicators(3 + _random.Next(8)),
                }),
            ];
            return new PerformanceTargets { Department = department, Projects = projects };
        }
    }
}
