using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Pdf.Layout;

namespace OpenBudget.Pdf.Tests.Layout;

public class PdfLineAssemblerProperties
{
    private const double Size = 10;

    private static readonly string[] Texts =
    [
        "科学技术支出", "一般公共服务支出", "1,666.14", "0.00", "206", "01", "行政运行", "合计", "基本支出",
        "2026年厅地联动重点研发项目", "其中：一般财力", "5,551.05", "-", "上级补助收入", "30231",
    ];

    /// <summary>A table: rows of cells, each cell in a column of its own width, its words jittered up and down by less than the tolerance.</summary>
    private static Arbitrary<(double[] Widths, string?[][] Rows, double[][] Jitter)> Tables()
    {
        Gen<(double[], string?[][], double[][])> gen =
            from columns in Gen.Choose(1, 6)
            from widths in Gen.ArrayOf(Gen.Choose(0, 12).Select(w => 170d + (w * 10)), columns)
            from rowCount in Gen.Choose(1, 8)
            from rows in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(Texts).Select(t => (string?)t)), (1, Gen.Constant((string?)null))), columns), rowCount)
            from jitter in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(-20, 20).Select(j => j / 10d), columns), rowCount)
            select (widths, rows, jitter);
        return gen.ToArbitrary();
    }

    [Property(MaxTest = 200)]
    public Property Cells_of_a_table_come_back_row_by_row_in_column_order()
        => Prop.ForAll(Tables(), table =>
        {
            (double[] widths, string?[][] rows, double[][] jitter) = table;
            var words = new List<PdfWord>();
            for (int r = 0; r < rows.Length; r++)
            {
                double x = 40;
                for (int c = 0; c < widths.Length; c++)
                {
                    if (rows[r][c] is string text)
                    {
                        double width = text.Length * Size;
                        words.Add(new PdfWord(text, x, x + width, 560 - (r * 20) + jitter[r][c], Size));
                    }

                    x += widths[c];
                }
            }

            IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, words);
            string[][] expected = rows.Select(r => r.OfType<string>().ToArray()).Where(r => r.Length > 0).ToArray();
            string[][] actual = lines.Select(l => l.Cells.Select(c => c.Text).ToArray()).ToArray();
            return expected.Length == actual.Length && expected.Zip(actual).All(p => p.First.SequenceEqual(p.Second));
        });

    [Property(MaxTest = 200)]
    public Property Every_word_ends_up_in_exactly_one_cell()
        => Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Texts)).Select(a => a.Take(40).ToArray()).ToArbitrary(),
            Gen.Choose(0, 10000).ToArbitrary(),
            (texts, seed) =>
            {
                // Words in distinct slots of a grid, so that none is printed over another.
                var random = new Random(seed);
                int[] slots = Enumerable.Range(0, 30 * 4).OrderBy(_ => random.Next()).Take(texts.Length).ToArray();
                var words = texts.Select((t, i) => new PdfWord(t, 40 + (slots[i] % 4 * 200), 40 + (slots[i] % 4 * 200) + (t.Length * Size), 560 - (slots[i] / 4 * 18), Size)).ToList();
                IReadOnlyList<PdfLine> lines = PdfLineAssembler.Assemble(1, words);
                string[] pieces = lines.SelectMany(l => l.Cells).SelectMany(c => c.Text.Split(' ')).Order(StringComparer.Ordinal).ToArray();
                return pieces.SequenceEqual(texts.SelectMany(t => t.Split(' ')).Order(StringComparer.Ordinal));
            });
}
