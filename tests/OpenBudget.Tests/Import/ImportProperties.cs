using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Tests.Import;

public class ImportProperties
{
    [Property(MaxTest = 200)]
    public Property Tab_separated_table_cells_import_as_printed() =>
        Prop.ForAll(GeneratedTables.Tables.ToArbitrary(), table => CellsMatch(table, DisclosureImporter.Import(GeneratedTables.TabSeparated(table))));

    [Property(MaxTest = 200)]
    public Property Character_grid_table_cells_import_as_printed_whatever_cells_are_blank() =>
        Prop.ForAll(GeneratedTables.Tables.ToArbitrary(), table => CellsMatch(table, DisclosureImporter.Import(GeneratedTables.Layout(table, displayWidth: false))));

    [Property(MaxTest = 200)]
    public Property Terminal_aligned_table_cells_import_as_printed_whatever_cells_are_blank() =>
        Prop.ForAll(GeneratedTables.Tables.ToArbitrary(), table => CellsMatch(table, DisclosureImporter.Import(GeneratedTables.Layout(table, displayWidth: true))));

    [Property(MaxTest = 200)]
    public Property Every_number_of_a_generated_table_is_placed() =>
        Prop.ForAll(GeneratedTables.Tables.ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (table, shape) =>
        {
            string text = shape == 0 ? GeneratedTables.TabSeparated(table) : GeneratedTables.Layout(table, displayWidth: shape == 2);
            ImportCoverage coverage = DisclosureImporter.Import(text).Coverage;
            return coverage.NotPlaced.Count == 0 && coverage.Found == coverage.PlacedAsValues + coverage.KeptInText;
        });

    [Property(MaxTest = 300)]
    public Property Importing_arbitrary_text_never_throws_and_never_returns_a_silent_empty_result() =>
        Prop.ForAll(Noise.ToArbitrary(), text =>
        {
            ImportResult result = DisclosureImporter.Import(text);
            return result.IsReadable || result.Diagnostics.Any(d => d.Severity == ImportSeverity.Fatal);
        });

    [Property(MaxTest = 60)]
    public Property Any_prefix_of_the_sample_imports_without_throwing() =>
        Prop.ForAll(Gen.Choose(0, SampleLines.Length).ToArbitrary(), count =>
        {
            ImportResult result = DisclosureImporter.Import(string.Join('\n', SampleLines.Take(count)));
            return result.IsReadable || result.Diagnostics.Count > 0;
        });

    [Property(MaxTest = 100)]
    public Property Coverage_counts_add_up() =>
        Prop.ForAll(Gen.Choose(0, SampleLines.Length).ToArbitrary(), Gen.Choose(0, SampleLines.Length).ToArbitrary(), (a, b) =>
        {
            ImportCoverage coverage = DisclosureImporter.Import(string.Join('\n', SampleLines.Skip(Math.Min(a, b)).Take(Math.Abs(a - b)))).Coverage;
            return coverage.Found == coverage.PlacedAsValues + coverage.KeptInText + coverage.NotPlaced.Count && coverage.Ratio is >= 0m and <= 1m;
        });

    private static readonly string[] SampleLines = ImportFixtures.Read("seed/000_204d2c3849ee2a77.txt").Split('\n');

    /// <summary>Lines of the sample shuffled and cut, mixed with random characters: what a broken extraction might give.</summary>
    private static Gen<string> Noise { get; } =
        from lines in Gen.Elements(SampleLines).ArrayOf()
        from junk in Gen.Elements('\t', '\n', ' ', '表', '1', ',', '.', '合', '计', '一', '、', '（', '）', '万', '元', '\f', '%', '-').ArrayOf()
        from cut in Gen.Choose(0, 40)
        select string.Join('\n', lines) + new string(junk) + string.Join('\n', lines.Take(cut));

    private static bool CellsMatch(GeneratedTable table, ImportResult result)
    {
        DisclosureTable? imported = result.Disclosure?.Table(TableKind.Expenditure);
        if (imported is null)
        {
            return false;
        }

        List<TableRow> rows = [.. imported.Rows.Where(r => r.Kind != RowKind.Total)];
        if (rows.Count != table.Rows.Length)
        {
            return false;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            GeneratedRow expected = table.Rows[i];
            Amount[] printed = [.. expected.Amounts.Select(Amount.FromNullable)];
            Amount[] read = [rows[i][ColumnKeys.Total], rows[i][ColumnKeys.Basic], rows[i][ColumnKeys.Project]];
            if (!printed.SequenceEqual(read) || rows[i].Name != expected.Name || rows[i].Functional?.ToString() != expected.Class + expected.Section + expected.Item)
            {
                return false;
            }
        }

        return true;
    }
}
