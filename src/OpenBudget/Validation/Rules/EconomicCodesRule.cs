using System.Globalization;
using OpenBudget.Classification;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>OB1602: every economic code printed (table 6's rows, table 7's columns) is in the fiscal year's catalogue (部门预算支出经济分类科目, or the government scheme for 5xx codes) and carries the catalogue's name.</summary>
internal sealed class EconomicCodesRule : ValidationRule
{
    public EconomicCodesRule()
        : base("OB1602", "Economic codes are in the year's catalogue with their names", "经济分类科目编码及名称符合当年科目表", RuleCategory.NamesAndCodes, Severity.Warning, [], needsAllTables: false)
    {
    }

    public override string? SkipReason(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Tables.IsEmpty ? "needs tables, and the disclosure prints none" : null;
    }

    internal override void Check(ValidationContext context)
    {
        var tables = context.Disclosure.Tables;
        for (int t = 0; t < tables.Count; t++)
        {
            DisclosureTable table = tables[t];
            var rows = table.Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                if (rows[r].Economic is { } code)
                {
                    CheckCode(context, code, rows[r].Name, t, r, column: false);
                }
            }

            var columns = table.Columns;
            for (int c = 0; c < columns.Count; c++)
            {
                if (columns[c].Economic is { } code)
                {
                    CheckCode(context, code, columns[c].Label, t, c, column: true);
                }
            }
        }
    }

    /// <summary>Checks the code of a row or column; its pointer and label are made only for a finding.</summary>
    private static void CheckCode(ValidationContext context, EconomicCode code, string printedName, int table, int index, bool column)
    {
        context.Checks++;
        ClassificationCatalogue<EconomicCode> catalogue = code.ClassDigits >= 500 ? context.Catalogues.EconomicGovernment : context.Catalogues.EconomicDepartment;
        if (!catalogue.TryGet(code, out ClassificationEntry<EconomicCode>? entry))
        {
            string nearest = string.Join("、", catalogue.Lookup(code).Nearest.Select(e => e.ToString()));
            string label = Label(context.Disclosure.Tables[table], code, printedName, column);
            context.Mismatch(
                Pointer(table, index, column, "economic"),
                label,
                code.ToString(),
                null,
                $"{label}: the economic code {code} is not in the {catalogue.Year} catalogue (nearest: {nearest}).",
                $"{label}：经济分类科目 {code} 不在 {catalogue.Year} 年科目表中（相近科目：{nearest}）。",
                []);
            return;
        }

        if (printedName.Length > 0 && !string.Equals(entry.Name, printedName, StringComparison.Ordinal) && !catalogue.NameMatches(code, printedName))
        {
            string label = Label(context.Disclosure.Tables[table], code, printedName, column);
            context.Mismatch(
                Pointer(table, index, column, column ? "label" : "name"),
                label,
                printedName,
                entry.Name,
                $"{label}: printed as \"{printedName}\", but the {catalogue.Year} catalogue names {code} \"{entry.Name}\".",
                $"{label}：列示名称为“{printedName}”，{catalogue.Year} 年科目表中 {code} 的名称为“{entry.Name}”。",
                []);
        }
    }

    private static string Pointer(int table, int index, bool column, string field)
        => string.Create(CultureInfo.InvariantCulture, $"/tables/{table}/{(column ? "columns" : "rows")}/{index}/{field}");

    private static string Label(DisclosureTable table, EconomicCode code, string printedName, bool column)
        => column ? $"{Labels.Table(table)} · 列 {printedName}" : $"{Labels.Table(table)} · {code}";
}
