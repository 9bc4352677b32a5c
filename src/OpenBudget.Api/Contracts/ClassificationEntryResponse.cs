namespace OpenBudget.Api.Contracts;

/// <summary>One code of a fiscal year's classification catalogue (政府收支分类科目), with its official Chinese name and, on request, its English label.</summary>
/// <param name="Scheme">"functional" (支出功能分类), "economic" (部门预算支出经济分类) or "economic-government" (政府预算支出经济分类).</param>
/// <param name="Year">The catalogue's fiscal year.</param>
/// <param name="Code">The code's digits, e.g. "2060404".</param>
/// <param name="Name">The name as the Ministry of Finance prints it (科目名称): the source.</param>
/// <param name="NameEn">The English label, with ?lang=en or Accept-Language: en, where the catalogue has one.</param>
/// <param name="Level">"class" (类), "section" (款) or "item" (项).</param>
/// <param name="Parent">The parent code, absent for a class.</param>
/// <param name="Links">Where to find the code, its children and its parent.</param>
public sealed record ClassificationEntryResponse(
    string Scheme,
    int Year,
    string Code,
    string Name,
    string? NameEn,
    string Level,
    string? Parent,
    ClassificationLinks Links);
