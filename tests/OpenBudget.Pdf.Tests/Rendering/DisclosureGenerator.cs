using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Pdf.Tests.Rendering;

/// <summary>Generates disclosures of expenditure tables from the 2026 functional catalogue: classes, sections and items with their catalogue names, exact amounts with 合计 = 基本支出 + 项目支出, blank cells, and an empty government fund table.</summary>
internal static class DisclosureGenerator
{
    private static readonly string[] Departments = ["乌鲁木齐市科学技术局", "上海市普陀区商务委员会", "上海市普陀区人民政府万里街道办事处", "乌鲁木齐科技信息服务中心"];

    public static GeneratedDisclosure Generate(int seed)
    {
        var random = new Random(seed);
        ClassificationCatalogue<FunctionalCode> catalogue = ClassificationCatalogues.ForYear(2026).Functional;
        string department = Departments[random.Next(Departments.Length)];
        List<GeneratedRow> expenditure = Rows(random, catalogue);
        List<GeneratedRow> general = Rows(random, catalogue);
        return new GeneratedDisclosure(
            department,
            2026,
            [
                new GeneratedTable("3", "部门支出总体情况表", TableKind.Expenditure, "支出预算", false, expenditure, null),
                new GeneratedTable("5", "一般公共预算支出情况表", TableKind.GeneralPublicBudgetExpenditure, "一般公共预算支出", false, general, null),
                new GeneratedTable(
                    "8",
                    "政府性基金预算支出情况表",
                    TableKind.GovernmentFundExpenditure,
                    "政府性基金预算支出",
                    true,
                    [new GeneratedRow(null, "总计", [null, null, null, null])],
                    $"{department}2026年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"),
            ]);
    }

    private static List<GeneratedRow> Rows(Random random, ClassificationCatalogue<FunctionalCode> catalogue)
    {
        var rows = new List<GeneratedRow>();
        decimal totalBasic = 0;
        decimal totalProject = 0;
        IReadOnlyList<ClassificationEntry<FunctionalCode>> classes = catalogue.Classes;
        foreach (ClassificationEntry<FunctionalCode> @class in Pick(random, classes, random.Next(1, 3)))
        {
            int classRow = rows.Count;
            rows.Add(null!);
            decimal classBasic = 0;
            decimal classProject = 0;
            foreach (ClassificationEntry<FunctionalCode> section in Pick(random, catalogue.Children(@class.Code), random.Next(1, 4)))
            {
                int sectionRow = rows.Count;
                rows.Add(null!);
                decimal sectionBasic = 0;
                decimal sectionProject = 0;
                foreach (ClassificationEntry<FunctionalCode> item in Pick(random, catalogue.Children(section.Code), random.Next(1, 4)))
                {
                    decimal basic = random.Next(3) == 0 ? 0 : random.Next(0, 9_999_999) / 100m;
                    decimal project = random.Next(3) == 0 ? 0 : random.Next(0, 99_999_999) / 100m;
                    rows.Add(Row(item.Code, item.Name, basic, project));
                    sectionBasic += basic;
                    sectionProject += project;
                }

                rows[sectionRow] = Row(section.Code, section.Name, sectionBasic, sectionProject);
                classBasic += sectionBasic;
                classProject += sectionProject;
            }

            rows[classRow] = Row(@class.Code, @class.Name, classBasic, classProject);
            totalBasic += classBasic;
            totalProject += classProject;
        }

        rows.Add(Row(null, "总计", totalBasic, totalProject));
        return rows;
    }

    private static GeneratedRow Row(FunctionalCode? code, string name, decimal basic, decimal project)
        => new(code, name, [basic + project, basic == 0 ? null : basic, project == 0 ? null : project]);

    private static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> items, int count)
        => items.Count == 0 ? [] : Enumerable.Range(0, items.Count).OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).Order().Select(i => items[i]);
}
