using OpenBudget.Collections;
using OpenBudget.Validation;
using static OpenBudget.Tests.Validation.Small;

namespace OpenBudget.Tests.Validation;

/// <summary>A finding's messages and its terms' labels and pointers are written when first read; they must read as if written at once.</summary>
public class FindingTextTests
{
    private static Finding OneCentOver()
        => Assert.Single(new DisclosureValidator().Validate(ClassOverSections(100.00m, 50.00m, 50.01m)).Findings);

    [Fact]
    public void The_messages_name_the_place_the_figures_and_the_verdict()
    {
        Finding finding = OneCentOver();
        Assert.Equal(
            "表3 · 206 · 合计: printed 100.00, but the sum of its sections (款) is 100.01; the difference -0.01 is within the rounding tolerance 0.015.",
            finding.Message);
        Assert.Equal("表3 · 206 · 合计：列示 100.00，所属款之和为 100.01，差额 -0.01，在四舍五入容差 0.015 以内。", finding.MessageZh);
    }

    [Fact]
    public void The_terms_have_labels_and_pointers_of_the_cells_summed()
    {
        Finding finding = OneCentOver();
        Assert.Equal(
            [new FindingTerm("表3 · 206 01 · 合计", 50.00m, "/tables/0/rows/1/cells/total"), new FindingTerm("表3 · 206 02 · 合计", 50.01m, "/tables/0/rows/2/cells/total")],
            finding.Terms);
    }

    [Fact]
    public void A_finding_equals_one_built_with_the_same_text_whether_or_not_its_messages_were_read()
    {
        Finding unread = OneCentOver();
        Finding read = OneCentOver();
        Finding copy = read with { Message = read.Message, MessageZh = read.MessageZh, Terms = new EquatableArray<FindingTerm>([.. read.Terms.Select(t => new FindingTerm(t.Label, t.Value, t.JsonPointer))]) };
        Assert.Equal(copy, unread);
        Assert.Equal(unread, copy);
        Assert.Equal(copy.GetHashCode(), unread.GetHashCode());
        Assert.NotEqual(copy with { Message = "something else" }, unread);
        Assert.NotEqual(copy with { MessageZh = "别的" }, unread);
    }

    [Fact]
    public void A_message_set_with_with_replaces_the_written_one_and_keeps_the_other()
    {
        Finding finding = OneCentOver() with { Message = "replaced" };
        Assert.Equal("replaced", finding.Message);
        Assert.StartsWith("表3 · 206 · 合计：列示 100.00", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_with_other_figures_keeps_the_messages_and_location_of_the_finding_it_copies()
    {
        Finding unread = OneCentOver();
        Finding copy = unread with { Stated = 7m, Verdict = Verdict.Error, Difference = 1m };
        Assert.Equal((7m, Verdict.Error, 1m), (copy.Stated, copy.Verdict, copy.Difference));
        Assert.Equal(OneCentOver().Message, copy.Message);
        Assert.Equal(OneCentOver().MessageZh, copy.MessageZh);
        Assert.Equal(new FindingLocation("/tables/0/rows/0/cells/total", "表3 · 206 · 合计"), copy.Location);
    }

    [Fact]
    public void Figures_left_out_read_as_none_and_set_ones_as_set()
    {
        var finding = new Finding { Stated = 0m, Tolerance = -1.5m };
        Assert.Equal((0m, (decimal?)null, (decimal?)null, -1.5m), (finding.Stated, finding.Expected, finding.Difference, finding.Tolerance));
        Finding cleared = finding with { Stated = null, Expected = 2.50m };
        Assert.Equal(((decimal?)null, 2.50m, (decimal?)null, -1.5m), (cleared.Stated, cleared.Expected, cleared.Difference, cleared.Tolerance));
        Assert.Equal("2.50", cleared.Expected!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(finding, new Finding { Tolerance = -1.5m });
    }

    [Fact]
    public void A_finding_built_by_hand_has_empty_messages_unless_given()
    {
        var finding = new Finding { RuleId = "OB1001" };
        Assert.Equal(("", ""), (finding.Message, finding.MessageZh));
        Assert.Equal(new FindingLocation("", ""), finding.Location);
        Assert.Equal(finding, new Finding { RuleId = "OB1001", Location = new FindingLocation("", "") });
    }

    [Fact]
    public void A_term_deconstructs_into_its_parts()
    {
        (string label, decimal? value, string pointer) = OneCentOver().Terms[1];
        Assert.Equal(("表3 · 206 02 · 合计", 50.01m, "/tables/0/rows/2/cells/total"), (label, value, pointer));
    }

    [Fact]
    public void A_name_spelled_two_ways_reads_its_messages_and_places_when_asked()
    {
        ValidationReport report = new DisclosureValidator().Validate(Import.ImportFixtures.Reference);
        Finding unit = Assert.Single(report.Findings, f => f.RuleId == "OB1604");
        Assert.Equal(
            "绩效 · 项目 红山科技创新券奖补资金 · 预算单位: the unit name \"乌鲁木齐科技信息中心\" is spelled \"乌鲁木齐科技信息服务中心\" elsewhere; they differ in 2 character(s) and look like one unit name spelled two ways. They are kept apart, not merged.",
            unit.Message);
        Assert.Equal(
            "绩效 · 项目 红山科技创新券奖补资金 · 预算单位：单位名称“乌鲁木齐科技信息中心”在其他位置写作“乌鲁木齐科技信息服务中心”，二者仅相差 2 个字符，疑为同一单位名称的不同写法，未予合并。",
            unit.MessageZh);
        FindingTerm place = Assert.Single(unit.Terms, t => t.JsonPointer == "/performance/projects/8/budgetUnit");
        Assert.Equal(("绩效 · 项目 红山科技创新券奖补资金 · 预算单位: 乌鲁木齐科技信息中心", (decimal?)null), (place.Label, place.Value));
        Assert.Same(unit.Terms[0], unit.Terms[0]);
        Assert.Equal(unit, unit with { Terms = new EquatableArray<FindingTerm>([.. unit.Terms]) });
    }

    [Fact]
    public void Terms_made_when_read_by_many_threads_at_once_are_one_set()
    {
        Finding finding = OneCentOver();
        FindingTerm[] first = new FindingTerm[8];
        Parallel.For(0, first.Length, i => first[i] = finding.Terms[0]);
        Assert.All(first, term => Assert.Same(first[0], term));
    }

    [Fact]
    public void A_location_made_from_a_cell_reads_as_one_built_by_hand()
    {
        FindingLocation location = OneCentOver().Location;
        var byHand = new FindingLocation("/tables/0/rows/0/cells/total", "表3 · 206 · 合计");
        Assert.Equal(byHand.GetHashCode(), OneCentOver().Location.GetHashCode());
        Assert.Equal(byHand, location);
        (string pointer, string label, int? page) = location with { Page = 4 };
        Assert.Equal(("/tables/0/rows/0/cells/total", "表3 · 206 · 合计", (int?)4), (pointer, label, page));
        Assert.NotEqual(byHand, location with { Label = "别处" });
    }
}
