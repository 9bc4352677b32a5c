using OpenBudget.Classification;

namespace OpenBudget.Cli.Commands;

/// <summary>What the <c>code</c> command says about a code: its entry and ancestors, or that the year's catalogue lacks it and the nearest codes.</summary>
internal sealed record CodeReport
{
    /// <summary>Gets the code's digits, e.g. "2060404".</summary>
    public required string Code { get; init; }

    /// <summary>Gets a value indicating whether the year's catalogue holds the code.</summary>
    public required bool Found { get; init; }

    /// <summary>Gets the fiscal year of the catalogue asked.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the scheme as the <c>--scheme</c> option names it: functional, economic or economic-government.</summary>
    public required string Scheme { get; init; }

    /// <summary>Gets "class", "section" or "item".</summary>
    public required string Level { get; init; }

    /// <summary>Gets 类, 款 or 项.</summary>
    public required string LevelName { get; init; }

    /// <summary>Gets the Chinese name (科目名称), when found.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the English label, when found and the catalogue has one.</summary>
    public string? NameEn { get; init; }

    /// <summary>Gets the ancestors the catalogue holds, the class first, when found.</summary>
    public IReadOnlyList<CodeSummary>? Ancestors { get; init; }

    /// <summary>Gets "… is not in the 2026 catalogue", when not found.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the nearest codes the catalogue holds, when not found.</summary>
    public IReadOnlyList<CodeSummary>? Nearest { get; init; }

    /// <summary>Looks a code up in a catalogue and reports the answer.</summary>
    internal static CodeReport For<TCode>(ClassificationCatalogue<TCode> catalogue, TCode code, string scheme)
        where TCode : struct, IClassificationCode<TCode>
    {
        CatalogueLookup<TCode> lookup = catalogue.Lookup(code);
        var report = new CodeReport
        {
            Code = code.ToString("G", null),
            Found = lookup.Found,
            Year = catalogue.Year,
            Scheme = scheme,
            Level = CodeLevels.English(code.Depth),
            LevelName = CodeLevels.Chinese(code.Depth),
        };
        return lookup.Entry is { } entry
            ? report with
            {
                Name = entry.Name,
                NameEn = entry.EnglishName,
                Ancestors = [.. catalogue.Ancestors(code).Select(CodeSummary.From)],
            }
            : report with
            {
                Message = lookup.Message,
                Nearest = [.. lookup.Nearest.Select(CodeSummary.From)],
            };
    }
}
