using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>One invariant a consistent disclosure satisfies (a 勾稽关系), with a stable id, titles in English and Chinese, and the tables it reads.</summary>
/// <remarks>
/// The catalogue is <see cref="DisclosureValidator.Rules"/>. A rule runs over whichever of its tables the disclosure prints; when it
/// cannot run (its tables, explanations or performance tables are missing) the report lists it as skipped with the reason.
/// </remarks>
public abstract class ValidationRule
{
    private readonly TableKind[] _tables;

    private protected ValidationRule(string id, string titleEn, string titleZh, RuleCategory category, Severity defaultSeverity, TableKind[] tables, bool needsAllTables)
    {
        Id = id;
        TitleEn = titleEn;
        TitleZh = titleZh;
        Category = category;
        DefaultSeverity = defaultSeverity;
        _tables = tables;
        NeedsAllTables = needsAllTables;
    }

    /// <summary>Gets the stable id, e.g. "OB1001".</summary>
    public string Id { get; }

    /// <summary>Gets the title in English.</summary>
    public string TitleEn { get; }

    /// <summary>Gets the title in Chinese.</summary>
    public string TitleZh { get; }

    /// <summary>Gets the family the rule belongs to.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets the severity of a finding that is not explained by rounding (a rounding finding is <see cref="Severity.Info"/>).</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets the table kinds the rule reads.</summary>
    public IReadOnlyList<TableKind> Tables => _tables;

    /// <summary>Gets a value indicating whether the rule needs every one of <see cref="Tables"/> (comparisons across tables) rather than any of them (checks within a table).</summary>
    public bool NeedsAllTables { get; }

    /// <summary>Tells why the rule cannot run on a disclosure, or <see langword="null"/> when it can.</summary>
    /// <param name="disclosure">The disclosure.</param>
    /// <returns>The reason, e.g. "needs 表6 一般公共预算基本支出情况表 (GeneralPublicBudgetBasicExpenditure), which the disclosure does not print".</returns>
    public virtual string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        if (_tables.Length == 0)
        {
            return null;
        }

        if (NeedsAllTables)
        {
            foreach (TableKind kind in _tables)
            {
                if (!TableShape.Prints(disclosure, kind))
                {
                    return $"needs {Labels.Kind(kind)}, which the disclosure does not print";
                }
            }

            return null;
        }

        foreach (TableKind kind in _tables)
        {
            if (TableShape.Prints(disclosure, kind))
            {
                return null;
            }
        }

        return _tables.Length == 1
            ? $"needs {Labels.Kind(_tables[0])}, which the disclosure does not print"
            : $"needs one of {string.Join(", ", _tables.Select(Labels.Kind))}, and the disclosure prints none of them";
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {TitleEn}";

    /// <summary>Runs the rule, adding findings to the context.</summary>
    internal abstract void Check(ValidationContext context);
}
