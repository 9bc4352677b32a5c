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
    public void A_finding_built_by_hand_has_empty_messages_unless_given()
    {
        var finding = new Finding { RuleId = "OB1001" };
        Assert.Equal(("", ""), (finding.Message, finding.MessageZh));
    }

    [Fact]
    public void A_term_deconstructs_into_its_parts()
    {
        (string label, decimal? value, string pointer) = OneCentOver().Terms[1];
        Assert.Equal(("表3 · 206 02 · 合计", 50.01m, "/tables/0/rows/2/cells/total"), (label, value, pointer));
    }
}
