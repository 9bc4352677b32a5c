using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Import;

/// <summary>Options of <see cref="DisclosureImporter"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the default options: detect the text shape and measure, read the year and department from the text.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the text shape; <see cref="TextShape.Auto"/> reads tab-separated text when the input has tabs, laid-out text otherwise.</summary>
    public TextShape Shape { get; init; } = TextShape.Auto;

    /// <summary>Gets how laid-out text is measured.</summary>
    public LayoutMeasure Measure { get; init; } = LayoutMeasure.Auto;

    /// <summary>Gets the fiscal year, when the text does not say it or says it wrongly.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>Gets the department, when the text does not name it.</summary>
    public string? Department { get; init; }

    /// <summary>Gets the administrative division, which disclosures do not print as a code.</summary>
    public Region? Region { get; init; }

    /// <summary>Gets the publication date, which the text does not print.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Gets the document the text was extracted from, stored as the disclosure's source; by default the title with format "text".</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Gets the catalogues to read codes and classify names with; by default those of the fiscal year, or the nearest year the package holds.</summary>
    public ClassificationCatalogues? Catalogues { get; init; }
}
