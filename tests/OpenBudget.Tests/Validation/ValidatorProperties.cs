using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

public class ValidatorProperties
{
    internal static Gen<SyntheticDisclosureOptions> Options { get; } =
        from seed in Gen.Choose(1, int.MaxValue)
        from units in Gen.Choose(1, 8)
        from projects in Gen.Choose(0, 6)
        from carried in Gen.Choose(0, 3)
        from items in Gen.Choose(1, 20)
        select new SyntheticDisclosureOptions { Seed = seed, Units = units, ProjectsPerUnit = projects, CarryOverProjectsPerUnit = carried, FunctionalItems = items };

    private static readonly DisclosureValidator Validator = new();

    [Property(MaxTest = 60)]
    public Property A_disclosure_consistent_by_construction_has_no_error_and_no_mismatch() =>
        Prop.ForAll(Options.ToArbitrary(), options =>
        {
            ValidationReport report = Validator.Validate(new SyntheticDisclosureGenerator(options).Generate());
            return report.Summary.Valid && report.Findings.All(f => f.Verdict == Verdict.Rounding);
        });

    /// <summary>
    /// δ of at least 1.00 exceeds 0.01 × (n + 2) for every identity of up to 98 terms: every identity the changed cell takes part in
    /// (up to that size) turns into an error, and no identity it does not take part in does.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property One_changed_cell_gives_errors_only_where_it_takes_part_and_at_least_one() =>
        Prop.ForAll(
            Options.ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            (from cents in Gen.Choose(100, 1_000_000) from negative in Gen.Elements(false, true) select (negative ? -cents : cents) / 100m).ToArbitrary(),
            (options, cell, delta) =>
            {
                BudgetDisclosure consistent = new SyntheticDisclosureGenerator(options).Generate();
                InjectedError injected = SyntheticDisclosureGenerator.InjectError(consistent, cell, delta);
                Finding[] errors = [.. Validator.Validate(injected.Disclosure).Findings.Where(f => f.Verdict == Verdict.Error)];
                bool involved = errors.All(f => f.Location.JsonPointer == injected.JsonPointer || f.Terms.Any(t => t.JsonPointer == injected.JsonPointer));
                return (errors.Length > 0 && involved).Label($"{injected.JsonPointer} {injected.Original} → {injected.Changed}: {string.Join("; ", errors.Select(e => e.RuleId + " " + e.Location.JsonPointer))}");
            });

    [Property(MaxTest = 40)]
    public Property Strict_mode_reports_every_rounding_difference_as_an_error() =>
        Prop.ForAll(Options.ToArbitrary(), options =>
        {
            BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(options).Generate();
            ValidationReport lenient = Validator.Validate(disclosure);
            ValidationReport strict = new DisclosureValidator(new ValidationOptions { Strict = true }).Validate(disclosure);
            return strict.Summary.Counts.Error == lenient.Summary.Counts.Rounding && strict.Summary.Counts.Rounding == 0;
        });
}
