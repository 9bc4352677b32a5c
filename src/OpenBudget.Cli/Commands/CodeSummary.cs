using OpenBudget.Classification;

namespace OpenBudget.Cli.Commands;

/// <summary>A catalogue entry as the <c>code</c> command shows it among ancestors or nearest codes.</summary>
/// <param name="Code">The code's digits, e.g. "20604".</param>
/// <param name="Name">The Chinese name (科目名称).</param>
/// <param name="NameEn">The English label, when the catalogue has one.</param>
/// <param name="Level">"class", "section" or "item".</param>
/// <param name="LevelName">类, 款 or 项.</param>
internal sealed record CodeSummary(string Code, string Name, string? NameEn, string Level, string LevelName)
{
    /// <summary>Summarises a catalogue entry.</summary>
    internal static CodeSummary From<TCode>(ClassificationEntry<TCode> entry)
        where TCode : struct, IClassificationCode<TCode>
        => new(entry.Code.ToString("G", null), entry.Name, entry.EnglishName, CodeLevels.English(entry.Depth), CodeLevels.Chinese(entry.Depth));
}
