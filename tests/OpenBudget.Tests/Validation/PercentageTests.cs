using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

public class PercentageTests
{
    private static BudgetDisclosure Shares(decimal total, params (decimal Amount, decimal Share)[] parts) => Shares("other", total, parts);

    private static BudgetDisclosure Shares(string key, decimal total, params (decimal Amount, decimal Share)[] parts)
        => new()
        {
            Department = "测试局",
            FiscalYear = 2026,
            Explanations = new Explanations
            {
                Groups =
                [
                    new FigureGroup
                    {
                        Key = key,
                        Total = new StatedFigure { Subject = "合计", Amount = total },
                        Parts = [.. parts.Select(p => new StatedFigure { Subject = "部分", Amount = p.Amount, SharePercent = p.Share })],
                    },
                ],
            },
        };

    private static BudgetDisclosure Growth(decimal current, ChangeDirection direction, decimal change, decimal rate)
        => new()
        {
            Department = "测试局",
            FiscalYear = 2026,
            Explanations = new Explanations
            {
                Groups =
                [
                    new FigureGroup
                    {
                        Key = "other",
                        Parts = [new StatedFigure { Subject = "一般公共预算", Amount = current, Change = new YearOverYearChange { Direction = direction, Amount = change, RatePercent = rate } }],
                    },
                ],
            },
        };

    private static IEnumerable<Finding> Findings(BudgetDisclosure disclosure) => new DisclosureValidator().Validate(disclosure).Findings;

    [Fact]
    public void A_share_that_recomputes_at_its_printed_precision_holds()
        => Assert.Empty(Findings(Shares(6679.80m, (5534.05m, 82.85m))));

    [Fact]
    public void A_share_the_amounts_rounding_cannot_reach_is_an_error()
    {
        Finding finding = Assert.Single(Findings(Shares(6679.80m, (5534.05m, 82.84m))));
        Assert.Equal(("OB1410", Verdict.Error, "/explanations/groups/0/parts/0/sharePercent"), (finding.RuleId, finding.Verdict, finding.Location.JsonPointer));
    }

    [Fact]
    public void A_share_within_the_amounts_rounding_interval_is_rounding()
    {
        // 0.01 of 0.03 is 33.33%, but the exact amounts may be anywhere in 0.005..0.015 of 0.025..0.035: 14.3% to 60%.
        Finding finding = Assert.Single(Findings(Shares(0.03m, (0.01m, 40.00m))));
        Assert.Equal(Verdict.Rounding, finding.Verdict);
    }

    [Fact]
    public void A_share_outside_the_rounding_interval_of_small_amounts_is_an_error()
        => Assert.Equal(Verdict.Error, Assert.Single(Findings(Shares(0.03m, (0.01m, 70.00m)))).Verdict);

    [Fact]
    public void Growth_rate_is_change_over_current_less_change()
        => Assert.Empty(Findings(Growth(5534.05m, ChangeDirection.Increase, 1156.46m, 26.42m)));

    [Fact]
    public void A_decrease_is_measured_against_current_plus_the_change()
        => Assert.Empty(Findings(Growth(17.00m, ChangeDirection.Decrease, 54.76m, 76.31m)));

    [Fact]
    public void A_growth_rate_off_by_two_hundredths_is_an_error()
    {
        Finding finding = Assert.Single(Findings(Growth(5534.05m, ChangeDirection.Increase, 1156.46m, 26.40m)));
        Assert.Equal(("OB1411", Verdict.Error, "/explanations/groups/0/parts/0/change/ratePercent"), (finding.RuleId, finding.Verdict, finding.Location.JsonPointer));
    }

    [Fact]
    public void A_growth_rate_stated_against_the_wrong_direction_is_an_error()
        => Assert.Equal(Verdict.Error, Assert.Single(Findings(Growth(5534.05m, ChangeDirection.Decrease, 1156.46m, 26.42m))).Verdict);

    [Fact]
    public void A_fall_to_zero_is_a_hundred_percent_decrease()
        => Assert.Empty(Findings(Growth(0.00m, ChangeDirection.Decrease, 718.00m, 100.00m)));

    [Fact]
    public void No_rate_is_computed_from_a_prior_year_of_zero()
        => Assert.Empty(Findings(Growth(0.00m, ChangeDirection.Increase, 0.00m, 0.00m)));

    [Fact]
    public void The_share_finding_names_the_part_and_the_whole_it_was_computed_from()
    {
        Finding finding = Assert.Single(Findings(Shares(6679.80m, (5534.05m, 82.84m))));
        Assert.Equal(["/explanations/groups/0/parts/0/amount", "/explanations/groups/0/total/amount"], finding.Terms.Select(t => t.JsonPointer));
    }

    [Fact]
    public void Shares_that_add_to_a_hundredth_short_of_a_hundred_are_rounding()
    {
        Finding finding = Assert.Single(Findings(Shares(FigureGroupKeys.Income, 3.00m, (1.00m, 33.33m), (1.00m, 33.33m), (1.00m, 33.33m))), f => f.RuleId == "OB1413");
        Assert.Equal((Verdict.Rounding, 99.99m), (finding.Verdict, finding.Expected));
    }

    [Fact]
    public void A_printed_zero_share_of_a_zero_amount_holds()
        => Assert.DoesNotContain(Findings(Shares(10.00m, (0.00m, 0.00m), (10.00m, 100.00m))), f => f.RuleId == "OB1410");

    private static int ChecksOf(string ruleId, BudgetDisclosure disclosure)
    {
        ValidationReport report = new DisclosureValidator(new ValidationOptions
        {
            DisabledRules = DisclosureValidator.Rules.Select(r => r.Id).Where(id => id != ruleId).ToHashSet(),
        }).Validate(disclosure);
        Assert.Empty(report.Findings);
        return report.Summary.ChecksRun;
    }

    [Fact]
    public void A_share_or_rate_that_recomputes_is_counted_once_in_one_unit_or_two()
    {
        BudgetDisclosure oneUnit = Shares(6679.80m, (5534.05m, 82.85m));
        BudgetDisclosure twoUnits = oneUnit with
        {
            Explanations = oneUnit.Explanations with
            {
                Groups = [oneUnit.Explanations.Groups[0] with { Parts = [oneUnit.Explanations.Groups[0].Parts[0] with { Amount = 55_340_500.00m, Unit = OpenBudget.Money.PresentationUnit.Yuan }] }],
            },
        };
        Assert.Equal((1, 1), (ChecksOf("OB1410", oneUnit), ChecksOf("OB1410", twoUnits)));
        Assert.Equal(1, ChecksOf("OB1411", Growth(120.00m, ChangeDirection.Increase, 20.00m, 20.00m)));
    }
}
