using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>Findings sorted by one number each come out in the order the pairwise comparison gives.</summary>
public class FindingOrderProperties
{
    private static readonly BudgetDisclosure Sample = ImportFixtures.Reference;

    private static readonly Gen<string> Pointers = Gen.OneOf(
        Gen.Choose(0, Sample.Tables.Count - 1).SelectMany(t => Gen.Choose(0, 5).SelectMany(r => Gen.Elements("total", "basic", "project", "fiscal", "nosuchcolumn")
            .Select(key => $"/tables/{t}/rows/{r}/cells/{key}"))),
        Gen.Choose(0, Sample.Tables.Count - 1).SelectMany(t => Gen.Choose(0, 5).Select(r => $"/tables/{t}/rows/{r}/name")),
        Gen.Choose(0, 12).SelectMany(g => Gen.Choose(0, 11).Select(p => $"/explanations/groups/{g}/parts/{p}/amount")),
        Gen.Choose(0, 12).Select(p => $"/explanations/projects/{p}/name"),
        Gen.Choose(0, 12).Select(p => $"/performance/projects/{p}/projectName"),
        Gen.Choose(0, 3).Select(u => $"/overview/units/{u}/name"));

    private static readonly Gen<Finding> Findings =
        from pointer in Pointers
        from verdict in Gen.Elements(Verdict.Error, Verdict.Mismatch, Verdict.Rounding)
        from rule in Gen.Elements("OB1001", "OB1103", "OB1603")
        from expected in Gen.Elements<string?>(null, "甲", "乙")
        from message in Gen.Elements("a", "b")
        select new Finding
        {
            RuleId = rule,
            Verdict = verdict,
            Location = new FindingLocation(pointer, pointer),
            StatedText = expected is null ? null : "名",
            ExpectedText = expected,
            Message = message,
        };

    [Property(MaxTest = 2000)]
    public Property Sorting_by_number_agrees_with_sorting_by_comparison()
        => Prop.ForAll(Findings.ArrayOf().ToArbitrary(), findings =>
        {
            Finding[] byNumber = [.. findings];
            Finding[] byComparison = [.. findings];
            FindingOrder.Sort(byNumber, Sample);
            FindingOrder.SortByComparison(byComparison, Sample);
            return byNumber.SequenceEqual(byComparison)
                .Label(string.Join(" | ", byNumber.Select(f => $"{f.Verdict} {f.Location.JsonPointer} {f.RuleId}")) + "  ≠  " + string.Join(" | ", byComparison.Select(f => $"{f.Verdict} {f.Location.JsonPointer} {f.RuleId}")));
        });

    [Fact]
    public void Errors_come_first_then_places_in_document_order()
    {
        Finding At(string pointer, Verdict verdict) => new() { RuleId = "OB1001", Verdict = verdict, Location = new FindingLocation(pointer, pointer) };
        Finding[] findings =
        [
            At("/explanations/groups/2/parts/0/amount", Verdict.Rounding),
            At("/tables/2/rows/3/cells/total", Verdict.Rounding),
            At("/tables/1/rows/10/cells/total", Verdict.Rounding),
            At("/tables/1/rows/9/cells/total", Verdict.Rounding),
            At("/overview/units/1/name", Verdict.Rounding),
            At("/explanations/groups/10/parts/0/amount", Verdict.Rounding),
            At("/performance/projects/0/projectName", Verdict.Error),
        ];
        FindingOrder.Sort(findings, Sample);
        Assert.Equal(
            ["/performance/projects/0/projectName", "/overview/units/1/name", "/tables/1/rows/9/cells/total", "/tables/1/rows/10/cells/total", "/tables/2/rows/3/cells/total", "/explanations/groups/2/parts/0/amount", "/explanations/groups/10/parts/0/amount"],
            findings.Select(f => f.Location.JsonPointer));
    }
}
