namespace OpenBudget.Synthetic;

/// <summary>What a <see cref="SyntheticDisclosureGenerator"/> builds: how many budget units, projects and functional items, and from which seed.</summary>
public sealed record SyntheticDisclosureOptions
{
    /// <summary>Gets the seed; the same seed and options always give the same disclosure.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the number of budget units (预算单位), 1 to 8; the first is the department itself (本级).</summary>
    public int Units { get; init; } = 3;

    /// <summary>Gets the number of current-year projects (项目) per unit, 0 to 12.</summary>
    public int ProjectsPerUnit { get; init; } = 3;

    /// <summary>Gets the number of carried-over projects (上年结转项目) per unit, 0 to 6.</summary>
    public int CarryOverProjectsPerUnit { get; init; } = 1;

    /// <summary>Gets the number of functional items (支出功能分类 项) drawn from the year's catalogue, 1 to 60.</summary>
    public int FunctionalItems { get; init; } = 6;

    /// <summary>Gets the fiscal year, whose classification catalogue supplies the codes and names unless <see cref="CatalogueYear"/> names another.</summary>
    public int FiscalYear { get; init; } = 2026;

    /// <summary>Gets the year of the classification catalogue that supplies the codes and names, when not the fiscal year's own,
    /// e.g. the nearest year the package holds (<see cref="Classification.ClassificationCatalogues.Nearest(int)"/>), which is also the one the validator checks against.</summary>
    public int? CatalogueYear { get; init; }

    /// <summary>Gets the department (部门) the disclosure is for; its budget units are named after it.</summary>
    public string Department { get; init; } = SyntheticDisclosureGenerator.DefaultDepartment;

    /// <summary>Gets the functional class (类, three digits, e.g. "205") the items are drawn from, or <see langword="null"/> for every class;
    /// a class with fewer items than <see cref="FunctionalItems"/> gives all it has.</summary>
    public string? FunctionalClass { get; init; }
}
