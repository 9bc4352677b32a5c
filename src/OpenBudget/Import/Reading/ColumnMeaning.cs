using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Import.Reading;

/// <summary>Gives an amount column its key from the path of its header cells (top row first), by meaning rather than by wording.</summary>
internal static class ColumnMeaning
{
    /// <summary>Resolves a path of compacted header texts; returns <see langword="null"/> when the leaf is not understood.</summary>
    internal static string? Resolve(IReadOnlyList<string> path, TableSide? side, bool firstOnSide, bool onlyOnSide, ClassificationCatalogues catalogues, out EconomicCode? economic)
    {
        economic = null;
        var terms = new List<string>(path.Count);
        foreach (string text in path)
        {
            if (HeaderTerms.IsContainer(text))
            {
                continue;
            }

            string? meaning = HeaderTerms.Meaning(text);
            if (meaning is null && TryEconomicClass(text, catalogues, out EconomicCode code))
            {
                economic = code;
                meaning = ColumnKeys.Economic(code);
            }

            if (meaning is null)
            {
                if (text == path[^1])
                {
                    return null;
                }

                continue;
            }

            terms.Add(meaning);
        }

        if (terms.Count == 0)
        {
            return side is null ? null : (side == TableSide.Income ? ColumnKeys.Income : ColumnKeys.Expenditure);
        }

        string leaf = terms[^1];
        bool under(string term) => terms.Take(terms.Count - 1).Contains(term);
        string? fund = under(HeaderTerms.NonFiscal) ? "nonFiscal" : under(HeaderTerms.Fiscal) ? "fiscal" : null;

        // A side's 预算数, or its 合计 when it is the side's only column, is the side's amount; a 合计 beside fund columns is their total.
        if (side is TableSide s && firstOnSide && (leaf is HeaderTerms.AmountTerm || (leaf is HeaderTerms.Total && onlyOnSide)))
        {
            return s == TableSide.Income ? ColumnKeys.Income : ColumnKeys.Expenditure;
        }

        if (fund is not null)
        {
            return leaf switch
            {
                HeaderTerms.Total or HeaderTerms.Subtotal or HeaderTerms.FiscalSubtotal or HeaderTerms.Fiscal or HeaderTerms.NonFiscal => fund,
                ColumnKeys.Basic => fund + ".basic",
                ColumnKeys.Project => fund + ".project",
                ColumnKeys.Personnel => fund + ".basic.personnel",
                ColumnKeys.Public => fund + ".basic.public",
                _ => Plain(leaf, terms),
            };
        }

        return Plain(leaf, terms);
    }

    private static string Plain(string leaf, List<string> terms)
    {
        bool underBasic = terms.Take(terms.Count - 1).Contains(ColumnKeys.Basic);
        bool underVehicles = terms.Take(terms.Count - 1).Contains(ColumnKeys.Vehicles);
        bool underThreePublic = terms.Take(terms.Count - 1).Contains(HeaderTerms.ThreePublicGroup);
        return leaf switch
        {
            HeaderTerms.Total when underThreePublic => ColumnKeys.ThreePublicTotal,
            HeaderTerms.Subtotal when underVehicles => ColumnKeys.Vehicles,
            HeaderTerms.Total or HeaderTerms.Subtotal => ColumnKeys.Total,
            HeaderTerms.AmountTerm => ColumnKeys.Amount,
            HeaderTerms.Fiscal or HeaderTerms.FiscalSubtotal => ColumnKeys.Fiscal,
            HeaderTerms.NonFiscal => ColumnKeys.NonFiscal,
            HeaderTerms.ThreePublicGroup => ColumnKeys.ThreePublicTotal,
            ColumnKeys.Personnel when underBasic => ColumnKeys.BasicPersonnel,
            ColumnKeys.Public when underBasic => ColumnKeys.BasicPublic,
            _ => leaf,
        };
    }

    private static bool TryEconomicClass(string compact, ClassificationCatalogues catalogues, out EconomicCode code)
    {
        string name = CatalogueText.NormalizeName(compact);
        foreach (ClassificationEntry<EconomicCode> entry in catalogues.EconomicDepartment.Classes)
        {
            if (CatalogueText.NormalizeName(entry.Name) == name)
            {
                code = entry.Code;
                return true;
            }
        }

        code = default;
        return false;
    }
}
