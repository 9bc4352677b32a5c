using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Validation.Rules;

namespace OpenBudget.Validation;

/// <summary>Checks a disclosure against every invariant in the rule catalogue (勾稽关系校验) and tells one-cent rounding noise from real errors.</summary>
/// <remarks>
/// A sum of n printed terms compared with a printed total may differ by half a unit of the last printed digit for each of the n + 1
/// figures (0.005 × (n + 1) for figures printed to 0.01) because each was rounded independently: such a difference is
/// <see cref="Verdict.Rounding"/>, a larger one <see cref="Verdict.Error"/>; a difference of zero is not reported. Shares and growth
/// rates are recomputed from the printed amounts and judged over the amounts' rounding intervals. The validator is stateless and
/// safe to share between threads.
/// </remarks>
public sealed class DisclosureValidator
{
    private static readonly ValidationRule[] Catalogue =
    [
        new HierarchySumRule(),
        new TotalOfClassesRule(),
        new UnitSubtotalRule(),
        new TotalOfUnitsRule(),
        new BasicPlusProjectRule(),
        new PersonnelPlusPublicRule(),
        new IncomeSourceColumnsRule(),
        new FundColumnsRule(),
        new EconomicColumnsRule(),
        new FundSourceColumnsRule(),
        new CarryOverColumnsRule(),
        new IncomeExpenditureLinesRule(),
        new FiscalAppropriationLinesRule(),
        new ThreePublicLinesRule(),
        new IncomeEqualsExpenditureRule(),
        new FiscalIncomeEqualsExpenditureRule(),
        new SummaryIncomeExpenditureAgreeRule(),
        new SourcesAgreeWithIncomeTableRule(),
        new FiscalAppropriationAgreesWithFundTablesRule(),
        new FiscalAppropriationAgreesWithSummaryRule(),
        new IncomeAgreesWithGeneralPublicBudgetRule(),
        new BasicAgreesWithBasicTableRule(),
        new ProjectAgreesWithProjectTableRule(),
        new VehicleOperationAgreesWithBasicTableRule(),
        new CarryOverAgreesWithSummaryRule(),
        new CommissionedServicesAgreeWithExplanationsRule(),
        new IncomeFiguresRule(),
        new ExpenditureFiguresRule(),
        new FiscalAppropriationFiguresRule(),
        new GeneralPublicBudgetFiguresRule(),
        new BasicExpenditureFiguresRule(),
        new ThreePublicFiguresRule(),
        new CarryOverFiguresRule(),
        new SharesRecomputeRule(),
        new GrowthRatesRecomputeRule(),
        new GroupTotalRule(),
        new SharesAddUpRule(),
        new ProjectSizeAgreesWithTableRule(),
        new ProjectSizeAgreesWithAllocationRule(),
        new ProcurementTotalRule(),
        new VehicleHoldingsRule(),
        new PerformanceSummaryRule(),
        new PerformanceFundingRule(),
        new DepartmentFundingLinesRule(),
        new IndicatorWeightsRule(),
        new FunctionalCodesRule(),
        new EconomicCodesRule(),
        new ProjectNamesRule(),
        new UnitNamesRule(),
    ];

    /// <summary>The ids of every rule in catalogue order: the list of rules run when none is skipped, shared by the reports that have it.</summary>
    private static readonly string[] AllIds = [.. Catalogue.Select(rule => rule.Id)];

    private readonly ValidationOptions _options;

    /// <summary>Initializes a new instance of the <see cref="DisclosureValidator"/> class.</summary>
    /// <param name="options">How to judge; <see cref="ValidationOptions.Default"/> when <see langword="null"/>.</param>
    public DisclosureValidator(ValidationOptions? options = null) => _options = options ?? ValidationOptions.Default;

    /// <summary>Gets the rule catalogue, in the order the rules run.</summary>
    public static IReadOnlyList<ValidationRule> Rules => Catalogue;

    /// <summary>Checks many disclosures on every core and returns their reports in the same order; each report is the one <see cref="Validate"/> gives.</summary>
    /// <param name="disclosures">The disclosures.</param>
    /// <returns>One report per disclosure, in the order given.</returns>
    /// <exception cref="ArgumentException">A disclosure is <see langword="null"/>.</exception>
    public IReadOnlyList<ValidationReport> ValidateMany(IReadOnlyList<BudgetDisclosure> disclosures)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        for (int i = 0; i < disclosures.Count; i++)
        {
            if (disclosures[i] is null)
            {
                throw new ArgumentException($"The disclosure at index {i} is null.", nameof(disclosures));
            }
        }

        var reports = new ValidationReport[disclosures.Count];
        Parallel.ForEach(Partitioner.Create(0, reports.Length), range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                reports[i] = Validate(disclosures[i]);
            }
        });
        return reports;
    }

    /// <summary>Checks a disclosure and reports every place where it disagrees with itself.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The report: a summary, then every finding (errors first, then by location).</returns>
    public ValidationReport Validate(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var context = new ValidationContext(disclosure, _options);
        List<SkippedRule>? skipped = null;
        bool anyDisabled = _options.DisabledRules.Count > 0;
        foreach (ValidationRule rule in Catalogue)
        {
            if (anyDisabled && _options.DisabledRules.Contains(rule.Id))
            {
                (skipped ??= []).Add(new SkippedRule(rule.Id, "disabled by the validation options"));
                continue;
            }

            if (rule.SkipReason(disclosure) is string reason)
            {
                (skipped ??= []).Add(new SkippedRule(rule.Id, reason));
                continue;
            }

            context.Rule = rule;
            rule.Check(context);
        }

        Finding[] findings = [.. context.Findings];
        context.Scratch.Return();
        FindingOrder.Sort(findings, disclosure);
        int rounding = 0, error = 0, mismatch = 0, severityError = 0, severityWarning = 0, severityInfo = 0;
        foreach (Finding finding in findings)
        {
            switch (finding.Verdict)
            {
                case Verdict.Rounding: rounding++; break;
                case Verdict.Error: error++; break;
                default: mismatch++; break;
            }

            switch (finding.Severity)
            {
                case Severity.Error: severityError++; break;
                case Severity.Warning: severityWarning++; break;
                default: severityInfo++; break;
            }
        }

        return new ValidationReport
        {
            Department = disclosure.Department,
            FiscalYear = disclosure.FiscalYear,
            Summary = new ReportSummary
            {
                Valid = error == 0,
                Findings = findings.Length,
                Counts = new VerdictCounts
                {
                    Rounding = rounding,
                    Error = error,
                    Mismatch = mismatch,
                    SeverityError = severityError,
                    SeverityWarning = severityWarning,
                    SeverityInfo = severityInfo,
                },
                ChecksRun = context.Checks,
                RulesRun = Wrap(skipped is null ? AllIds : RunIds(skipped)),
                RulesSkipped = skipped is null ? [] : Wrap(skipped.ToArray()),
                Strict = _options.Strict,
            },
            Findings = Wrap(findings),
        };
    }

    /// <summary>Lists the ids of the rules that ran: the catalogue's, less the skipped ones (which were skipped in catalogue order).</summary>
    private static string[] RunIds(List<SkippedRule> skipped)
    {
        var ids = new string[Catalogue.Length - skipped.Count];
        int next = 0;
        int s = 0;
        foreach (ValidationRule rule in Catalogue)
        {
            if (s < skipped.Count && string.Equals(skipped[s].RuleId, rule.Id, StringComparison.Ordinal))
            {
                s++;
            }
            else
            {
                ids[next++] = rule.Id;
            }
        }

        return ids;
    }

    /// <summary>Hands an array made for the report to it without copying it again.</summary>
    private static EquatableArray<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));
}
