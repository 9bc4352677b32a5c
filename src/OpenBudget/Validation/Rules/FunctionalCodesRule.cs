using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1601: every functional code printed in a table is in the fiscal year's catalogue (支出功能分类科目) and carries the catalogue's name.</summary>
internal sealed class FunctionalCodesRule : ValidationRule
{
    public FunctionalCodesRule()
        : base("OB1601", "Functional codes are in the year's catalogue with their names", "功能分类科目编码及名称符合当年科目表", RuleCategory.NamesAndCodes, Severity.Warning, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Tables.IsEmpty ? "needs tables, and the disclosure prints none" : null;
    }

    internal override void Check(ValidationContext context)
    {
        ClassificationCatalogue<FunctionalCode> catalogue = context.Catalogues.Functional;
        var tables = context.Disclosure.Tables;
        for (int t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                if (rows[r].Functional is not { } code)
                {
                    continue;
                }

                context.Checks++;
                TableRow row = rows[r];
                if (!catalogue.TryGet(code, out ClassificationEntry<FunctionalCode>? entry))
                {
                    CatalogueLookup<FunctionalCode> lookup = catalogue.Lookup(code);
                    string nearest = string.Join("、", lookup.Nearest.Select(e => e.ToString()));
                    string pointer = string.Create(CultureInfo.InvariantCulture, $"/tables/{t}/rows/{r}/functional");
                    string label = $"{Labels.Table(tables[t])} · {code} {row.Name}";
                    context.Mismatch(
                        pointer,
                        label,
                        code.ToString(),
                        null,
                        $"{label}: the functional code {code} is not in the {catalogue.Year} catalogue (nearest: {nearest}).",
                        $"{label}：功能分类科目 {code} 不在 {catalogue.Year} 年科目表中（相近科目：{nearest}）。",
                        []);
                    continue;
                }

                if (row.Kind == RowKind.Project && row.Name.Length == 0)
                {
                    continue;
                }

                if (row.Name.Length > 0 && !string.Equals(entry.Name, row.Name, StringComparison.Ordinal) && !catalogue.NameMatches(code, row.Name))
                {
                    string pointer = string.Create(CultureInfo.InvariantCulture, $"/tables/{t}/rows/{r}/name");
                    string label = $"{Labels.Table(tables[t])} · {code}";
                    context.Mismatch(
                        pointer,
                        label,
                        row.Name,
                        entry.Name,
                        $"{label}: printed as \"{row.Name}\", but the {catalogue.Year} catalogue names {code} \"{entry.Name}\".",
                        $"{label}：列示名称为“{row.Name}”，{catalogue.Year} 年科目表中 {code} 的名称为“{entry.Name}”。",
                        []);
                }
            }
        }
    }
}
