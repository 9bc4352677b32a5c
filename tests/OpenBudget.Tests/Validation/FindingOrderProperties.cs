using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;
using OpenBudget.Validation.Rules;

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

    /// <summary>Places as the validator makes them, their pointers written only when read: figures in the explanations and the performance tables, cells, and names.</summary>
    private static readonly Gen<FindingLocation> Made = Gen.OneOf(
        Gen.Choose(0, Sample.Tables.Count - 1).SelectMany(t => Gen.Choose(0, 5).SelectMany(r => Gen.Elements("total", "basic", "nosuchcolumn")
            .Select(key => new FindingLocation(Sample, FigureRef.Cell(t, r, key, default, PresentationUnit.Yuan))))),
        Gen.Choose(0, 12).SelectMany(g => Gen.Choose(-1, 11).SelectMany(p => Gen.Elements(FigureField.Amount, FigureField.Share, FigureField.ChangeRate)
            .Select(field => new FindingLocation(Sample, FigureRef.Group(g, p, field, default, PresentationUnit.TenThousandYuan))))),
        Gen.Choose(0, 12).Select(p => new FindingLocation(Sample, FigureRef.ProjectSize(p, default, PresentationUnit.TenThousandYuan))),
        Gen.Choose(-1, 12).SelectMany(t => Gen.Choose(0, 11).Select(i => new FindingLocation(Sample, FigureRef.Weight(t, i, default)))),
        Gen.Choose(0, 12).SelectMany(p => Gen.Elements(NameSite.ProjectName, NameSite.PerformanceProjectName, NameSite.OverviewUnit)
            .Select(site => new FindingLocation(new NamePlace(Sample, new NameOccurrence("名", "名", site, p, 0))))),
        Gen.Choose(0, Sample.Tables.Count - 1).SelectMany(t => Gen.Choose(0, Math.Min(5, Sample.Tables[t].Rows.Count - 1))
            .Select(r => new FindingLocation(new NamePlace(Sample, new NameOccurrence("名", "名", NameSite.TableProject, t, r))))));

    private static readonly Gen<Finding> Findings = FindingsAt(Gen.OneOf(Pointers.Select(p => new FindingLocation(p, p)), Made));

    /// <summary>Findings at two places only, so that many share one: more than the few a place's findings are ordered among by insertion.</summary>
    private static readonly Gen<Finding> Crowded = FindingsAt(Gen.Elements("/tables/1/rows/0/cells/total", "/explanations/groups/1/total/amount").Select(p => new FindingLocation(p, p)));

    private static Gen<Finding> FindingsAt(Gen<FindingLocation> locations) =>
        from location in locations
        from verdict in Gen.Elements(Verdict.Error, Verdict.Mismatch, Verdict.Rounding)
        from rule in Gen.Elements("OB1001", "OB1103", "OB1603")
        from expected in Gen.Elements<string?>(null, "甲", "乙")
        from message in Gen.Elements("a", "b")
        select new Finding
        {
            RuleId = rule,
            Verdict = verdict,
            Location = location,
            StatedText = expected is null ? null : "名",
            ExpectedText = expected,
            Message = message,
        };

    [Property(MaxTest = 2000)]
    public Property Sorting_by_number_agrees_with_sorting_by_comparison()
        => Prop.ForAll(Findings.ArrayOf().ToArbitrary(), SortsAlike);

    [Property(MaxTest = 300)]
    public Property Many_findings_at_one_place_sort_as_the_comparison_does()
        => Prop.ForAll(Gen.Choose(17, 80).SelectMany(n => Crowded.ArrayOf(n)).ToArbitrary(), SortsAlike);

    private static Property SortsAlike(Finding[] findings)
    {
        Finding[] byNumber = [.. findings];
        Finding[] byComparison = [.. findings];
        FindingOrder.Sort(byNumber, Sample);
        FindingOrder.SortByComparison(byComparison, Sample);
        return byNumber.SequenceEqual(byComparison)
            .Label(string.Join(" | ", byNumber.Select(f => $"{f.Verdict} {f.Location.JsonPointer} {f.RuleId}")) + "  ≠  " + string.Join(" | ", byComparison.Select(f => $"{f.Verdict} {f.Location.JsonPointer} {f.RuleId}")));
    }

    [Fact]
    public void The_validators_findings_shuffled_sort_back_into_the_reports_order_either_way()
    {
        Finding[] reported = [.. new DisclosureValidator().Validate(Sample).Findings];
        Assert.Contains(reported, f => f.TryCell(out _, out _, out _));
        Assert.Contains(reported, f => !f.TryCell(out _, out _, out _) && f.RuleId == "OB1603");
        var random = new Random(20261129);
        for (int round = 0; round < 20; round++)
        {
            Finding[] byNumber = [.. new DisclosureValidator().Validate(Sample).Findings];
            random.Shuffle(byNumber);
            Finding[] byComparison = [.. byNumber];
            FindingOrder.Sort(byNumber, Sample);
            Assert.Equal(reported, byNumber);
            FindingOrder.SortByComparison(byComparison, Sample);
            Assert.Equal(reported, byComparison);
        }
    }

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

/// <summary>Pointers compare in document order token by token, however much of them two pointers share.</summary>
public class JsonPointerOrderProperties
{
    private static readonly Gen<string> Pointers =
        from part in Gen.Elements("/overview", "/tables", "/explanations", "/performance", "/other")
        from tokens in Gen.Elements("units", "rows", "cells", "groups", "parts", "amount", "total", "0", "1", "2", "9", "10", "11", "100", "~0a", "~1b").ArrayOf()
        select part + string.Concat(tokens.Take(6).Select(t => "/" + t));

    [Property(MaxTest = 2000)]
    public Property Comparing_is_comparing_token_by_token()
        => Prop.ForAll(Pointers.Two().ToArbitrary(), pair =>
        {
            int fast = Math.Sign(JsonPointer.Compare(pair.Item1, pair.Item2));
            int walked = Math.Sign(TokenByToken(pair.Item1, pair.Item2));
            return (fast == walked).Label($"{pair.Item1} vs {pair.Item2}: {fast}, token by token {walked}");
        });

    [Theory]
    [InlineData("/tables/1/rows/9/cells/total", "/tables/1/rows/10/cells/total", -1)]
    [InlineData("/explanations/groups/2", "/explanations/groups/2/parts", -1)]
    [InlineData("/explanations/groups/2/total", "/explanations/groups/2/parts", 1)]
    [InlineData("/overview/units/3/name", "/tables/0/rows/0/name", -1)]
    [InlineData("/performance/projects/1", "/performance/projects/1", 0)]
    public void Pointers_compare_in_document_order(string left, string right, int expected)
        => Assert.Equal(expected, Math.Sign(JsonPointer.Compare(left, right)));

    private static int TokenByToken(string left, string right)
    {
        string[] parts = ["/overview", "/tables", "/explanations", "/performance"];
        int Part(string p) => Array.FindIndex(parts, x => p.StartsWith(x, StringComparison.Ordinal)) is var i and >= 0 ? i : 4;
        int order = Part(left).CompareTo(Part(right));
        if (order != 0)
        {
            return order;
        }

        string[] a = left.Split('/')[1..];
        string[] b = right.Split('/')[1..];
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            bool na = a[i].Length > 0 && a[i].All(char.IsAsciiDigit);
            bool nb = b[i].Length > 0 && b[i].All(char.IsAsciiDigit);
            order = na && nb ? (a[i].Length != b[i].Length ? a[i].Length.CompareTo(b[i].Length) : string.CompareOrdinal(a[i], b[i])) : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
