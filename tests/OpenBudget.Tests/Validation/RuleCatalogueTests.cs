using System.Text.RegularExpressions;
using OpenBudget.Disclosures;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

public class RuleCatalogueTests
{
    public static TheoryData<string> RuleIds => [.. DisclosureValidator.Rules.Select(r => r.Id)];

    [Fact]
    public void Rule_ids_are_unique_and_stable_in_form()
    {
        string[] ids = [.. DisclosureValidator.Rules.Select(r => r.Id)];
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(new Regex("^OB[0-9]{4}$"), id));
    }

    [Fact]
    public void Every_rule_has_titles_in_both_languages()
        => Assert.All(DisclosureValidator.Rules, r => Assert.True(r.TitleEn.Length > 0 && r.TitleZh.Length > 0, r.Id));

    [Fact]
    public void Every_rule_has_a_breaking_edit_in_the_tests()
        => Assert.Equal(DisclosureValidator.Rules.Select(r => r.Id).Order(), RuleBreakers.ByRule.Keys.Order());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_consistent_disclosure_gives_the_rule_nothing_beyond_rounding(string ruleId)
    {
        ValidationReport report = Edits.Validate(Edits.Baseline);
        Assert.Contains(ruleId, report.Summary.RulesRun);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == ruleId && f.Verdict != Verdict.Rounding);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Breaking_the_rules_identity_gives_a_finding_of_that_rule(string ruleId)
    {
        (BudgetDisclosure broken, Verdict verdict) = RuleBreakers.ByRule[ruleId](Edits.Baseline);
        ValidationReport report = Edits.Validate(broken);
        Assert.Contains(report.Findings, f => f.RuleId == ruleId && f.Verdict == verdict);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_disabled_rule_is_skipped_with_the_reason(string ruleId)
    {
        (BudgetDisclosure broken, _) = RuleBreakers.ByRule[ruleId](Edits.Baseline);
        ValidationReport report = Edits.Validate(broken, new ValidationOptions { DisabledRules = new HashSet<string> { ruleId } });
        Assert.DoesNotContain(report.Findings, f => f.RuleId == ruleId);
        Assert.Contains(report.Summary.RulesSkipped, s => s.RuleId == ruleId && s.Reason.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_whose_table_is_missing_is_skipped_with_a_reason_naming_the_table()
    {
        ValidationReport report = Edits.Validate(Edits.WithoutTable(Edits.Baseline, TableKind.GeneralPublicBudgetBasicExpenditure));
        SkippedRule skipped = Assert.Single(report.Summary.RulesSkipped, s => s.RuleId == "OB1308");
        Assert.Contains("表6 一般公共预算基本支出情况表 (GeneralPublicBudgetBasicExpenditure)", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("OB1308", report.Summary.RulesRun);
    }

    [Fact]
    public void The_rules_run_and_the_rules_skipped_are_the_catalogue_in_its_order()
    {
        string[] catalogue = [.. DisclosureValidator.Rules.Select(r => r.Id)];
        ValidationReport all = Edits.Validate(Edits.Baseline);
        Assert.Equal(catalogue, all.Summary.RulesRun);
        Assert.Empty(all.Summary.RulesSkipped);

        ValidationReport some = Edits.Validate(
            Edits.WithoutTable(Edits.Baseline, TableKind.GeneralPublicBudgetBasicExpenditure),
            new ValidationOptions { DisabledRules = new HashSet<string> { "OB1001", catalogue[^1] } });
        string[] skipped = [.. some.Summary.RulesSkipped.Select(s => s.RuleId)];
        Assert.Contains("OB1308", skipped);
        Assert.Equal(catalogue.Where(id => !skipped.Contains(id)), some.Summary.RulesRun);
        Assert.Equal(catalogue.Where(skipped.Contains), skipped);
    }

    [Fact]
    public void A_within_table_rule_runs_while_any_of_its_tables_is_printed()
    {
        ValidationReport report = Edits.Validate(Edits.WithoutTable(Edits.Baseline, TableKind.Income));
        Assert.Contains("OB1001", report.Summary.RulesRun);
    }

    [Fact]
    public void Explanation_rules_are_skipped_when_nothing_is_stated()
    {
        BudgetDisclosure bare = Edits.Baseline with { Explanations = new Explanations() };
        ValidationReport report = Edits.Validate(bare);
        Assert.Contains(report.Summary.RulesSkipped, s => s.RuleId == "OB1410" && s.Reason.Contains("explanations", StringComparison.Ordinal));
    }

    [Fact]
    public void Performance_rules_are_skipped_without_performance_tables()
    {
        ValidationReport report = Edits.Validate(Edits.Baseline with { Performance = new PerformanceTargets() });
        Assert.Contains(report.Summary.RulesSkipped, s => s.RuleId == "OB1503" && s.Reason.Contains("绩效目标表", StringComparison.Ordinal));
    }
}
