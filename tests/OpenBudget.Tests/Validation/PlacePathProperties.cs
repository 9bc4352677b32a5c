using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Tests.Import;
using OpenBudget.Validation;
using OpenBudget.Validation.Rules;

namespace OpenBudget.Tests.Validation;

/// <summary>A place's path writes its pointer, and orders places as their pointers do, for every kind of place the validator points at.</summary>
public class PlacePathProperties
{
    private static readonly BudgetDisclosure Sample = ImportFixtures.Reference;

    /// <summary>Indices of one and two digits, so that "9" and "10" are compared.</summary>
    private static readonly Gen<int> Index = Gen.Choose(0, 12);

    private static readonly Gen<string> Keys = Gen.Elements("total", "basic", "project", "a/b", "~x", "2024", "0", "07");

    /// <summary>A figure of each site, with the fields and indices the validator gives it, and the pointer written out by hand.</summary>
    private static readonly Gen<(PlacePath Path, string Pointer)> Figures = Gen.OneOf(
        Index.Select(g => (FigureRef.SharesTotal(g).Path(), $"/explanations/groups/{g}/parts")),
        Gen.Choose(-1, 12).Select(t => (FigureRef.WeightsTotal(t, 90m).Path(), Performance(t) + "/indicators")),
        Index.Three().Select(x => (FigureRef.GroupSubPart(x.Item1, x.Item2, x.Item3, default, PresentationUnit.TenThousandYuan).Path(), $"/explanations/groups/{x.Item1}/parts/{x.Item2}/parts/{x.Item3}/amount")),
        Index.Two().SelectMany(x => Keys.Select(k => (FigureRef.Cell(x.Item1, x.Item2, k, default, PresentationUnit.Yuan).Path(), $"/tables/{x.Item1}/rows/{x.Item2}/cells/{k.Replace("~", "~0").Replace("/", "~1")}"))),
        Index.SelectMany(g => Gen.Choose(-1, 12).SelectMany(p => Gen.Elements(
                (FigureField.Amount, "/amount"), (FigureField.Share, "/sharePercent"), (FigureField.ChangeAmount, "/change/amount"), (FigureField.ChangeRate, "/change/ratePercent"))
            .Select(f => (FigureRef.Group(g, p, f.Item1, default, PresentationUnit.TenThousandYuan).Path(), (p < 0 ? $"/explanations/groups/{g}/total" : $"/explanations/groups/{g}/parts/{p}") + f.Item2)))),
        Index.Select(p => (FigureRef.ProjectSize(p, default, PresentationUnit.TenThousandYuan).Path(), $"/explanations/projects/{p}/size")),
        Index.Two().Select(x => (FigureRef.ProjectAllocation(x.Item1, x.Item2, default, PresentationUnit.TenThousandYuan).Path(), $"/explanations/projects/{x.Item1}/allocation/{x.Item2}/amount")),
        Gen.Elements((FigureField.Total, "total"), (FigureField.Goods, "goods"), (FigureField.Works, "works"), (FigureField.Services, "services"))
            .Select(f => (FigureRef.Procurement(f.Item1, default, PresentationUnit.TenThousandYuan).Path(), "/explanations/procurement/" + f.Item2)),
        Index.SelectMany(h => Gen.Elements((FigureField.Value, "value"), (FigureField.Quantity, "quantity"))
            .Select(f => (FigureRef.Asset(h, f.Item1, default, PresentationUnit.TenThousandYuan).Path(), $"/explanations/assets/holdings/{h}/{f.Item2}"))),
        Gen.Choose(-1, 12).SelectMany(t => Index.SelectMany(l => Gen.Elements((FigureField.Total, "total"), (FigureField.Fiscal, "fiscal"), (FigureField.Other, "other"), (FigureField.Line, $"lines/{l}/amount"))
            .Select(f => (FigureRef.Funding(t, f.Item1, l, default, PresentationUnit.TenThousandYuan).Path(), $"{Performance(t)}/funding/{f.Item2}")))),
        Gen.Choose(-1, 12).SelectMany(t => Index.Select(i => (FigureRef.Weight(t, i, default).Path(), $"{Performance(t)}/indicators/{i}/weight"))),
        Gen.Elements((FigureField.DepartmentAmount, "departmentAmount"), (FigureField.FiscalProjectsAmount, "fiscalProjectsAmount"), (FigureField.NonFiscalProjectsAmount, "nonFiscalProjectsAmount"))
            .Select(f => (FigureRef.Summary(f.Item1, default, PresentationUnit.TenThousandYuan).Path(), "/explanations/performance/" + f.Item2)));

    /// <summary>A place a name is printed, of each kind, and its pointer written out by hand.</summary>
    private static readonly Gen<(PlacePath Path, string Pointer)> Names = Gen.OneOf(
        Gen.Choose(0, Sample.Tables.Count - 1).SelectMany(t => Gen.Choose(0, Sample.Tables[t].Rows.Count - 1).SelectMany(r => Gen.Elements(NameSite.TableProject, NameSite.TableUnit)
            .Select(site => (Name(site, t, r), $"/tables/{t}/rows/{r}/{(site == NameSite.TableProject && Sample.Tables[t].Rows[r].Project is not null ? "project" : "name")}")))),
        Index.Select(p => (Name(NameSite.ProjectName, p, 0), $"/explanations/projects/{p}/name")),
        Index.Select(p => (Name(NameSite.ImplementingUnit, p, 0), $"/explanations/projects/{p}/implementingUnit")),
        Index.Two().Select(x => (Name(NameSite.GroupSubject, x.Item1, x.Item2), $"/explanations/groups/{x.Item1}/parts/{x.Item2}/subject")),
        Index.Select(p => (Name(NameSite.PerformanceProjectName, p, 0), $"/performance/projects/{p}/projectName")),
        Index.Select(p => (Name(NameSite.PerformanceProjectUnit, p, 0), $"/performance/projects/{p}/budgetUnit")),
        Gen.Constant((Name(NameSite.PerformanceDepartmentUnit, 0, 0), "/performance/department/budgetUnit")),
        Index.Select(u => (Name(NameSite.OverviewUnit, u, 0), $"/overview/units/{u}/name")));

    private static readonly Gen<(PlacePath Path, string Pointer)> Places = Gen.OneOf(Figures, Names);

    [Property(MaxTest = 1000)]
    public Property A_path_writes_the_pointer_of_its_place()
        => Prop.ForAll(Places.ToArbitrary(), place => (place.Path.ToPointer() == place.Pointer).Label($"{place.Path.ToPointer()} ≠ {place.Pointer}"));

    [Fact]
    public void Only_a_key_of_digits_that_is_not_a_number_as_written_keeps_a_path_from_ordering_its_place()
    {
        Assert.True(FigureRef.Cell(1, 2, "2024", default, PresentationUnit.Yuan).Path().IsValid);
        Assert.True(FigureRef.Cell(1, 2, "a/b", default, PresentationUnit.Yuan).Path().IsValid);
        Assert.False(FigureRef.Cell(1, 2, "07", default, PresentationUnit.Yuan).Path().IsValid);
    }

    [Property(MaxTest = 3000)]
    public Property Paths_order_places_as_their_pointers_do()
        => Prop.ForAll(Places.Two().ToArbitrary(), pair =>
        {
            int byPath = Math.Sign(PlacePath.Compare(pair.Item1.Path, pair.Item2.Path));
            int byPointer = Math.Sign(JsonPointer.Compare(pair.Item1.Pointer, pair.Item2.Pointer));
            bool ordered = pair.Item1.Path.IsValid && pair.Item2.Path.IsValid;
            return (!ordered || byPath == byPointer).Label($"{pair.Item1.Pointer} vs {pair.Item2.Pointer}: by path {byPath}, by pointer {byPointer}");
        });

    [Property(MaxTest = 1000)]
    public Property A_pointer_read_back_is_the_same_place()
        => Prop.ForAll(Places.ToArbitrary(), place =>
        {
            PlacePath read = PlacePath.Read(place.Pointer);
            return (read.IsValid == place.Path.IsValid && read.ToPointer() == place.Pointer && (!read.IsValid || PlacePath.Compare(read, place.Path) == 0)).Label(place.Pointer);
        });

    [Theory]
    [InlineData("/tables/1/rows/01/cells/total")]
    [InlineData("/tables/1/rows/1234567890123456789/cells/total")]
    [InlineData("tables/1")]
    [InlineData("/a/b/c/d/e/f/g/h/i")]
    public void A_pointer_whose_tokens_do_not_fit_is_not_read_as_a_path(string text)
        => Assert.False(PlacePath.Read(text).IsValid);

    [Theory]
    [InlineData("/explanations/groups/2/x", "/explanations/groups/10/x", -1)]
    [InlineData("/explanations/groups/2", "/explanations/groups/2/parts", -1)]
    [InlineData("/explanations/groups/9/parts", "/explanations/groups/-1/parts", 1)]
    [InlineData("/overview/units/3/name", "/tables/0/rows/0/name", -1)]
    [InlineData("/performance/projects/1", "/explanations/projects/1", 1)]
    [InlineData("", "/overview", 1)]
    public void Read_pointers_compare_in_document_order(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(JsonPointer.Compare(left, right)));
        Assert.Equal(expected, Math.Sign(PlacePath.Compare(PlacePath.Read(left), PlacePath.Read(right))));
    }

    private static string Performance(int table) => table < 0 ? "/performance/department" : $"/performance/projects/{table}";

    private static PlacePath Name(NameSite site, int a, int b) => new NameOccurrence("名", "名", site, a, b).Path(Sample);
}
