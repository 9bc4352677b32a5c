namespace OpenBudget.Export;

/// <summary>What a Fiscal Data Package (财政数据包) says about itself: its name, title and where its data is from.</summary>
public sealed record FiscalDataPackageOptions
{
    /// <summary>Gets the package's name: lower-case letters, digits and ".", "_", "-", "/" (the Data Package "name" rule).</summary>
    public string Name { get; init; } = "openbudget-amounts";

    /// <summary>Gets the package's title.</summary>
    public string Title { get; init; } = "OpenBudget tidy amounts (部门预算公开 金额长表)";

    /// <summary>Gets a description of the package, when wanted.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country the data is about.</summary>
    public string CountryCode { get; init; } = "CN";

    /// <summary>Gets the ISO 4217 code of the currency the amounts are in.</summary>
    public string Currency { get; init; } = "CNY";
}
