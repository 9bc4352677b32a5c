using System.Text;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Money;

namespace OpenBudget.Tests.Import;

/// <summary>Broken input gives a clear diagnostic with its line, never a crash and never a silent empty result.</summary>
public class BrokenInputTests
{
    [Fact]
    public void Empty_text_is_fatal_empty_input()
    {
        ImportResult result = DisclosureImporter.Import("");
        Assert.Equal((false, ImportDiagnosticCodes.EmptyInput), (result.IsReadable, Assert.Single(result.Diagnostics).Code));
    }

    [Fact]
    public void Blank_lines_only_are_fatal_empty_input()
    {
        Assert.Equal(ImportDiagnosticCodes.EmptyInput, Assert.Single(DisclosureImporter.Import("\n  \n\t\n").Diagnostics).Code);
    }

    [Fact]
    public void Binary_data_is_fatal_binary_input()
    {
        string binary = Encoding.Latin1.GetString([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        ImportDiagnostic diagnostic = Assert.Single(DisclosureImporter.Import(binary).Diagnostics);
        Assert.Equal((ImportSeverity.Fatal, ImportDiagnosticCodes.BinaryInput), (diagnostic.Severity, diagnostic.Code));
    }

    [Fact]
    public void A_pdf_file_read_as_text_says_to_extract_its_text_first()
    {
        ImportDiagnostic diagnostic = Assert.Single(DisclosureImporter.Import("%PDF-1.7\n%âãÏÓ\n1 0 obj").Diagnostics);
        Assert.Contains("pdftotext", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_disclosure_is_fatal_not_a_disclosure()
    {
        ImportResult result = DisclosureImporter.Import(ImportFixtures.Read("import/broken/not-a-disclosure.txt"));
        Assert.Equal((false, ImportDiagnosticCodes.NotADisclosure), (result.IsReadable, Assert.Single(result.Diagnostics).Code));
    }

    [Fact]
    public void A_table_cut_off_in_the_middle_is_an_error_at_its_last_line()
    {
        ImportResult result = DisclosureImporter.Import(ImportFixtures.Read("import/broken/truncated.txt"));
        ImportDiagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == ImportSeverity.Error);
        Assert.Equal((ImportDiagnosticCodes.TruncatedTable, 16), (diagnostic.Code, diagnostic.Line!.Value));
    }

    [Fact]
    public void A_table_cut_off_keeps_the_rows_before_the_cut()
    {
        DisclosureTable table = DisclosureImporter.Import(ImportFixtures.Read("import/broken/truncated.txt")).Disclosure!.Tables[0];
        Assert.Equal(4, table.Rows.Count);
    }

    [Fact]
    public void A_truncated_import_is_readable_but_not_complete()
    {
        ImportResult result = DisclosureImporter.Import(ImportFixtures.Read("import/broken/truncated.txt"));
        Assert.Equal((true, false), (result.IsReadable, result.IsComplete));
    }

    [Fact]
    public void An_unparseable_amount_is_an_error_naming_the_cell_and_its_line()
    {
        ImportDiagnostic diagnostic = Assert.Single(DisclosureImporter.Import(ImportFixtures.Read("import/broken/bad-cells.txt")).Diagnostics, d => d.Code == ImportDiagnosticCodes.UnparseableAmount);
        Assert.Equal((12, true), (diagnostic.Line!.Value, diagnostic.Message.Contains("'300.0O'", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unparseable_amount_leaves_its_cell_blank()
    {
        TableRow row = DisclosureImporter.Import(ImportFixtures.Read("import/broken/bad-cells.txt")).Disclosure!.Tables[0].Rows[1];
        Assert.Equal((Amount.Blank, Amount.Of(300.00m)), (row[ColumnKeys.Total], row[ColumnKeys.Basic]));
    }

    [Fact]
    public void An_amount_beyond_the_last_column_is_reported_and_listed_as_not_placed()
    {
        ImportResult result = DisclosureImporter.Import(ImportFixtures.Read("import/broken/bad-cells.txt"));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.RowDoesNotFit && d.Line == 13);
        Assert.Equal(("15.00", 13), (Assert.Single(result.Coverage.NotPlaced).Text, result.Coverage.NotPlaced[0].Line));
    }

    [Fact]
    public void Diagnostics_print_their_line_and_code()
    {
        Assert.Equal("line 12 (page 3): error unparseable-amount: x", new ImportDiagnostic(ImportSeverity.Error, ImportDiagnosticCodes.UnparseableAmount, "x", 12, 3).ToString());
    }
}
