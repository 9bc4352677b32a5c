using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads the prose of a disclosure by its sections: the overview (functions, units), the explanations (groups of figures, projects, procurement, assets, performance overview), and the glossary.</summary>
internal sealed class ProseReader
{
    private readonly ReadContext _context;
    private readonly FigureParser _figures;
    private readonly StatementParsers _statements;

    internal ProseReader(ReadContext context)
    {
        _context = context;
        _figures = new FigureParser(context);
        _statements = new StatementParsers(context);
    }

    internal List<string> Functions { get; } = [];

    internal List<string> UnitsStatement { get; } = [];

    internal List<BudgetUnit> Units { get; } = [];

    internal List<GlossaryEntry> Glossary { get; } = [];

    internal List<FigureGroupBuilder> Groups { get; } = [];

    internal List<ProjectDescription> Projects { get; } = [];

    internal GovernmentProcurement? Procurement { get; private set; }

    internal StateAssets? Assets { get; private set; }

    internal PerformanceSummary? Performance { get; private set; }

    internal List<string> PerformanceNotes { get; } = [];

    internal List<string> OtherNotes { get; } = [];

    /// <summary>Reads the overview only (functions and units), so that tables can recognise unit rows.</summary>
    internal void ReadOverview(Section root)
    {
        foreach (Section section in Walk(root))
        {
            switch (SectionRouter.Classify(section, false))
            {
                case SectionKind.Functions:
                    ReadFunctions(section);
                    break;
                case SectionKind.Units:
                    ReadUnits(section);
                    break;
            }
        }
    }

    /// <summary>Reads everything but the overview.</summary>
    internal void ReadRest(Section root) => Visit(root);

    private static IEnumerable<Section> Walk(Section section)
    {
        foreach (Section sub in section.Subsections)
        {
            yield return sub;
            if (SectionRouter.Classify(sub, false) is SectionKind.Container or SectionKind.Unknown)
            {
                foreach (Section deeper in Walk(sub))
                {
                    yield return deeper;
                }
            }
        }
    }

    private void Visit(Section section)
    {
        foreach (object item in section.Items)
        {
            if (item is Paragraph loose)
            {
                if (section.Heading is not null)
                {
                    Note(loose);
                }

                continue;
            }

            var sub = (Section)item;
            SectionKind kind = SectionRouter.Classify(sub, false);
            switch (kind)
            {
                case SectionKind.Container:
                case SectionKind.GeneralPublicBudget:
                    Visit(sub);
                    break;
                case SectionKind.Functions:
                case SectionKind.Units:
                case SectionKind.TablesPart:
                    break;
                case SectionKind.Glossary:
                    ReadGlossary(sub);
                    break;
                case SectionKind.BudgetStatement:
                    ReadBudgetStatement(sub);
                    break;
                case SectionKind.Overall:
                    ReadGroup(sub, FigureGroupKeys.Overall);
                    break;
                case SectionKind.Income:
                    ReadGroup(sub, FigureGroupKeys.Income);
                    break;
                case SectionKind.Expenditure:
                    ReadGroup(sub, FigureGroupKeys.Expenditure);
                    break;
                case SectionKind.FiscalAppropriation:
                    ReadGroup(sub, FigureGroupKeys.FiscalAppropriation);
                    break;
                case SectionKind.GeneralPublicBudgetScale:
                    ReadGroup(sub, FigureGroupKeys.GeneralPublicBudget);
                    break;
                case SectionKind.GeneralPublicBudgetStructure:
                    ReadGroup(sub, FigureGroupKeys.GeneralPublicBudgetStructure);
                    break;
                case SectionKind.GeneralPublicBudgetByItem:
                    ReadGroup(sub, FigureGroupKeys.GeneralPublicBudgetByItem);
                    break;
                case SectionKind.BasicExpenditure:
                    ReadGroup(sub, FigureGroupKeys.BasicExpenditure);
                    break;
                case SectionKind.ThreePublic:
                    ReadGroup(sub, FigureGroupKeys.ThreePublicExpenses);
                    break;
                case SectionKind.Commissioned:
                    ReadGroup(sub, FigureGroupKeys.CommissionedServices, suffix: "委托业务费");
                    break;
                case SectionKind.AgencyOperating:
                    ReadGroup(sub, FigureGroupKeys.AgencyOperatingExpenses);
                    break;
                case SectionKind.CarryOver:
                    ReadCarryOver(sub);
                    break;
                case SectionKind.Projects:
                    ReadProjects(sub);
                    break;
                case SectionKind.ProjectDescription:
                    ReadShanghaiProject(sub);
                    break;
                case SectionKind.Procurement:
                    Procurement = _statements.Procurement(sub.AllParagraphs()) ?? Procurement;
                    KeepAll(sub);
                    break;
                case SectionKind.Assets:
                    Assets = _statements.Assets(sub.AllParagraphs()) ?? Assets;
                    break;
                case SectionKind.PerformanceSummary:
                    Performance = _statements.PerformanceOverview(sub.AllParagraphs()) ?? Performance;
                    break;
                case SectionKind.PerformanceNotes:
                    foreach (Paragraph p in sub.AllParagraphs())
                    {
                        PerformanceNotes.Add(p.Text);
                        Keep(p);
                    }

                    break;
                case SectionKind.OtherNote:
                    foreach (Paragraph p in sub.AllParagraphs())
                    {
                        Note(p);
                    }

                    break;
                default:
                    if (sub.Subsections.Any())
                    {
                        foreach (Paragraph p in sub.Paragraphs)
                        {
                            Note(p);
                        }

                        Visit(new SectionView(sub).WithoutParagraphs());
                    }
                    else
                    {
                        _context.Report(ImportSeverity.Info, ImportDiagnosticCodes.UnknownSection, $"The section '{sub.Heading?.Text}' is not one the importer reads by meaning; its paragraphs are kept as other notes.", sub.Heading?.First);
                        foreach (Paragraph p in sub.Paragraphs)
                        {
                            Note(p);
                        }
                    }

                    break;
            }
        }
    }

    private void Note(Paragraph p)
    {
        OtherNotes.Add(p.Text);
        Keep(p);
    }

    private void Keep(Paragraph p)
    {
        foreach (PrintedLine line in p.Lines)
        {
            _context.Ledger.KeepText(line, p.Text);
        }
    }

    private void KeepAll(Section section)
    {
        foreach (Paragraph p in section.AllParagraphs())
        {
            Keep(p);
        }
    }

    private FigureGroupBuilder ReadGroup(Section section, string key, string? suffix = null)
    {
        var group = new FigureGroupBuilder(key, section.Heading?.Text);
        _figures.SubjectSuffix = suffix;
        _figures.KeepYear = suffix is not null;
        foreach (Paragraph p in section.AllParagraphs())
        {
            _figures.Read(p, group);
        }

        _figures.SubjectSuffix = null;
        _figures.KeepYear = false;
        Groups.Add(group);
        return group;
    }

    /// <summary>The carry-over section states the total and its parts, then lists the items one by one.</summary>
    private void ReadCarryOver(Section section)
    {
        var group = new FigureGroupBuilder(FigureGroupKeys.CarryOver, section.Heading?.Text);
        var items = new FigureGroupBuilder(FigureGroupKeys.CarryOverItems, section.Heading?.Text);
        foreach (Paragraph p in section.AllParagraphs())
        {
            if (p.Numbering is NumberingKind.Arabic or NumberingKind.ParenArabic)
            {
                _figures.SubjectSuffix = "结转";
                _figures.KeepYear = true;
                _figures.Read(p, items);
            }
            else
            {
                _figures.SubjectSuffix = null;
                _figures.KeepYear = false;
                _figures.Read(p, group);
            }
        }

        _figures.SubjectSuffix = null;
        _figures.KeepYear = false;
        Groups.Add(group);
        if (!items.IsEmpty)
        {
            Groups.Add(items);
        }
    }

    /// <summary>A Shanghai-style budget statement (部门预算编制说明) states income, expenditure and then the items of fiscal expenditure.</summary>
    private void ReadBudgetStatement(Section section)
    {
        string heading = section.Heading?.Text ?? "";
        FigureGroupBuilder? current = null;
        var byKey = new Dictionary<string, FigureGroupBuilder>(StringComparer.Ordinal);
        FigureGroupBuilder Group(string key)
        {
            if (!byKey.TryGetValue(key, out FigureGroupBuilder? g))
            {
                g = new FigureGroupBuilder(key, heading);
                byKey[key] = g;
                Groups.Add(g);
            }

            return g;
        }

        foreach (Paragraph p in section.AllParagraphs())
        {
            string c = Texts.Compact(p.Text);
            if (p.Numbering != NumberingKind.None && (c.Contains("（类）", StringComparison.Ordinal) || c.Contains("(类)", StringComparison.Ordinal) || c.Contains("类）", StringComparison.Ordinal)))
            {
                current = Group(FigureGroupKeys.GeneralPublicBudgetByItem);
            }
            else if (c.Contains("主要内容如下", StringComparison.Ordinal) || c.Contains("具体使用情况", StringComparison.Ordinal))
            {
                current = Group(FigureGroupKeys.GeneralPublicBudgetByItem);
            }
            else
            {
                int income = c.IndexOf("收入预算", StringComparison.Ordinal);
                int expenditure = c.IndexOf("支出预算", StringComparison.Ordinal);
                if (income >= 0 && (expenditure < 0 || income < expenditure))
                {
                    current = Group(FigureGroupKeys.Income);
                }
                else if (expenditure >= 0 && c.IndexOf("万元", StringComparison.Ordinal) > expenditure)
                {
                    current = Group(FigureGroupKeys.Expenditure);
                }
            }

            current ??= Group(FigureGroupKeys.Overall);
            _figures.Read(p, current);
        }
    }

    private void ReadFunctions(Section section)
    {
        foreach (Paragraph p in section.AllParagraphs())
        {
            Functions.Add(p.Text);
            Keep(p);
        }
    }

    private void ReadUnits(Section section)
    {
        foreach (Paragraph p in section.AllParagraphs())
        {
            if (p.Numbering is NumberingKind.Arabic or NumberingKind.ParenArabic && !p.IsHeading)
            {
                BudgetUnit unit = ParseUnit(p.Body);
                Units.Add(unit);
                _context.UnitNames.Add(ReadContext.UnitKey(unit.Name));
                Keep(p);
                continue;
            }

            UnitsStatement.Add(p.Text);
            Keep(p);
        }
    }

    private static BudgetUnit ParseUnit(string text)
    {
        string t = Texts.TrimEnd(text.Trim(), "。；;");
        int comma = Texts.IndexOfAny(t, "，,");
        if (comma > 0)
        {
            t = t[..comma];
        }

        foreach ((string word, BudgetUnitKind kind) in UnitKinds)
        {
            foreach (string wrapped in (ReadOnlySpan<string>)[$"（{word}）", $"({word})"])
            {
                if (t.EndsWith(wrapped, StringComparison.Ordinal) && t.Length > wrapped.Length)
                {
                    return new BudgetUnit(Texts.Norm(t[..^wrapped.Length]), kind, word);
                }
            }
        }

        return new BudgetUnit(Texts.Norm(t), BudgetUnitKind.Other, null);
    }

    private static readonly (string Word, BudgetUnitKind Kind)[] UnitKinds =
    [
        ("参照公务员法管理事业单位", BudgetUnitKind.ManagedAsAdministrative),
        ("参照公务员法管理的事业单位", BudgetUnitKind.ManagedAsAdministrative),
        ("参公事业单位", BudgetUnitKind.ManagedAsAdministrative),
        ("参公单位", BudgetUnitKind.ManagedAsAdministrative),
        ("全额拨款事业单位", BudgetUnitKind.FullyFundedInstitution),
        ("差额拨款事业单位", BudgetUnitKind.PartlyFundedInstitution),
        ("自收自支事业单位", BudgetUnitKind.SelfFundedInstitution),
        ("行政单位", BudgetUnitKind.Administrative),
        ("事业单位", BudgetUnitKind.Institution),
    ];

    private void ReadGlossary(Section section)
    {
        foreach (Paragraph p in section.AllParagraphs())
        {
            string body = p.Numbering != NumberingKind.None ? p.Body : p.Text;
            int colon = Texts.IndexOfAny(body, "：:");
            if (colon <= 0 || colon > 30)
            {
                continue;
            }

            string term = Texts.Norm(body[..colon]);
            string definition = Texts.Norm(body[(colon + 1)..]);
            Glossary.Add(new GlossaryEntry(term, definition));
            Keep(p);
        }
    }

    /// <summary>Seed-style project descriptions: one subsection per project ("（一）项目名称：…") with labelled fields.</summary>
    private void ReadProjects(Section section)
    {
        foreach (Paragraph p in section.Paragraphs)
        {
            Note(p);
        }

        foreach (Section project in section.Subsections)
        {
            string name = project.Heading?.Body ?? "";
            int colon = Texts.IndexOfAny(name, "：:");
            if (colon >= 0 && name[..colon].Contains("名称", StringComparison.Ordinal))
            {
                name = name[(colon + 1)..];
            }

            var fields = new List<(string Label, Paragraph Paragraph, string Value)>();
            foreach (Paragraph p in project.AllParagraphs())
            {
                int c = Texts.IndexOfAny(p.Text, "：:");
                if (c > 0 && c <= 12)
                {
                    fields.Add((Texts.Compact(p.Text[..c]), p, p.Text[(c + 1)..].Trim()));
                }
                else if (fields.Count > 0)
                {
                    (string label, Paragraph first, string value) = fields[^1];
                    fields[^1] = (label, first, Texts.Norm(value + " " + p.Text));
                }
            }

            Projects.Add(BuildProject(Texts.Norm(name), fields));
            if (project.Heading is not null)
            {
                Keep(project.Heading);
            }
        }
    }

    /// <summary>Shanghai-style project description: a titled section ("科技创新专项经费情况说明") with numbered subsections (一、项目概述 … 七、绩效目标).</summary>
    private void ReadShanghaiProject(Section section)
    {
        string name = section.Heading?.Body ?? "";
        foreach (string tail in (ReadOnlySpan<string>)["情况说明", "说明"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length)
            {
                name = name[..^tail.Length];
                break;
            }
        }

        var fields = new List<(string Label, Paragraph Paragraph, string Value)>();
        foreach (Paragraph p in section.Paragraphs)
        {
            int c = Texts.IndexOfAny(p.Text, "：:");
            if (c > 0 && c <= 12)
            {
                fields.Add((Texts.Compact(p.Text[..c]), p, p.Text[(c + 1)..].Trim()));
            }
        }

        foreach (Section sub in section.Subsections)
        {
            Paragraph? first = sub.Paragraphs.FirstOrDefault();
            string value = Texts.Norm(string.Join(" ", sub.AllParagraphs().Select(p => p.Text)));
            if (first is not null || value.Length > 0)
            {
                fields.Add((sub.Topic, first ?? sub.Heading!, value));
            }
        }

        Projects.Add(BuildProject(Texts.Norm(name), fields));
        KeepAll(section);
    }

    private ProjectDescription BuildProject(string name, List<(string Label, Paragraph Paragraph, string Value)> fields)
    {
        var project = new ProjectDescription { Name = name };
        var others = new List<NamedText>();
        foreach ((string label, Paragraph paragraph, string value) in fields)
        {
            string text = Texts.Norm(value);
            if (label.Contains("依据", StringComparison.Ordinal))
            {
                project = project with { PolicyBasis = text };
            }
            else if (label.Contains("规模", StringComparison.Ordinal) || label is "预算金额" or "项目金额")
            {
                MoneyToken? size = MoneyToken.Find(text).Where(t => t.IsMoney).Cast<MoneyToken?>().FirstOrDefault();
                if (size is MoneyToken s)
                {
                    project = project with { Size = s.Value, Unit = s.Unit!.Value };
                    PlaceIn(paragraph, s);
                }
            }
            else if (label.Contains("承担单位", StringComparison.Ordinal) || label.Contains("实施主体", StringComparison.Ordinal) || label.Contains("实施单位", StringComparison.Ordinal))
            {
                project = project with { ImplementingUnit = text };
            }
            else if (label.Contains("分配", StringComparison.Ordinal) || label.Contains("预算安排", StringComparison.Ordinal) || label.Contains("资金安排", StringComparison.Ordinal))
            {
                project = project with { AllocationText = text };
                List<NamedAmount> allocation = Allocation(text, paragraph, ref project);
                project = project with { Allocation = allocation.ToEquatableArray() };
            }
            else if (label.Contains("执行时间", StringComparison.Ordinal) || label.Contains("实施周期", StringComparison.Ordinal) || label.Contains("执行期", StringComparison.Ordinal))
            {
                project = project with { ExecutionPeriod = text };
            }
            else if (!label.Contains("名称", StringComparison.Ordinal))
            {
                others.Add(new NamedText(label, text));
            }

            foreach (PrintedLine line in paragraph.Lines)
            {
                _context.Ledger.KeepText(line, text);
            }
        }

        return project with { OtherSections = others.ToEquatableArray() };
    }

    /// <summary>Reads the name–amount pairs of an allocation ("培训费0.50万元、劳务费30.50万元"); a stated total ("项目总预算1720.00万") is the size when none was stated.</summary>
    private List<NamedAmount> Allocation(string text, Paragraph paragraph, ref ProjectDescription project)
    {
        var pairs = new List<NamedAmount>();
        foreach (MoneyToken token in MoneyToken.Find(text))
        {
            if (!token.IsMoney)
            {
                continue;
            }

            int from = 0;
            for (int i = token.Start - 1; i >= 0; i--)
            {
                if (text[i] is '，' or ',' or '、' or '；' or ';' or '：' or ':' or '。')
                {
                    from = i + 1;
                    break;
                }
            }

            string name = FigureParser.NamedPart(text[from..token.Start].Trim());
            int within = name.LastIndexOf("其中", StringComparison.Ordinal);
            if (within >= 0)
            {
                name = name[(within + 2)..];
            }

            foreach (string lead in (ReadOnlySpan<string>)["并", "及", "和"])
            {
                if (name.StartsWith(lead, StringComparison.Ordinal) && name.Length > lead.Length + 1)
                {
                    name = name[lead.Length..];
                }
            }

            string compact = Texts.Compact(name);
            bool restatesTotal = compact is "合计" or "总计" or "共计" or "";
            foreach (string tail in (ReadOnlySpan<string>)["共计", "合计", "计", "为", "约"])
            {
                if (!restatesTotal && name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length)
                {
                    name = name[..^tail.Length];
                }
            }

            compact = Texts.Compact(name);
            if (compact.Contains("总预算", StringComparison.Ordinal) || compact.EndsWith("总额", StringComparison.Ordinal))
            {
                if (project.Size.IsBlank)
                {
                    project = project with { Size = token.Value, Unit = token.Unit!.Value };
                }

                if (project.Size == token.Value)
                {
                    PlaceIn(paragraph, token);
                }

                continue;
            }

            if (restatesTotal && project.Size == token.Value)
            {
                PlaceIn(paragraph, token);
                continue;
            }

            pairs.Add(new NamedAmount(Texts.Norm(name), token.Value, token.Unit!.Value));
            PlaceIn(paragraph, token);
        }

        return pairs;
    }

    private void PlaceIn(Paragraph paragraph, MoneyToken token)
    {
        foreach (PrintedLine line in paragraph.Lines)
        {
            if (_context.Ledger.Place(line, token.Text))
            {
                return;
            }
        }
    }

    /// <summary>A view of a section without its loose paragraphs, to visit only its subsections.</summary>
    private sealed class SectionView(Section section)
    {
        internal Section WithoutParagraphs()
        {
            var copy = new Section(section.Heading, section.Level);
            copy.Items.AddRange(section.Subsections);
            return copy;
        }
    }

    internal Explanations BuildExplanations() => new()
    {
        Groups = Groups.Where(g => !g.IsEmpty).Select(g => g.Build()).ToEquatableArray(),
        Procurement = Procurement,
        Assets = Assets,
        Projects = Projects.ToEquatableArray(),
        Performance = Performance,
        OtherNotes = OtherNotes.ToEquatableArray(),
    };

    internal DepartmentOverview BuildOverview() => new()
    {
        Functions = Functions.ToEquatableArray(),
        UnitsStatement = UnitsStatement.Count == 0 ? null : Texts.Norm(string.Join(" ", UnitsStatement)),
        Units = Units.ToEquatableArray(),
    };

    internal static PresentationUnit UnitOfMoney(MoneyToken token) => token.Unit ?? PresentationUnit.TenThousandYuan;
}
