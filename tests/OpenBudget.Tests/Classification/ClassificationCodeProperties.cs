using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Classification;

namespace OpenBudget.Tests.Classification;

public class ClassificationCodeProperties
{
    private static readonly string[] Formats = ["G", "S", "P", "-"];

    [Property]
    public Property Functional_code_reads_back_from_every_format() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), code =>
            Formats.All(format => FunctionalCode.Parse(code.ToString(format, null)) == code));

    [Property]
    public Property Economic_code_reads_back_from_every_format() =>
        Prop.ForAll(ClassificationGenerators.Economic.ToArbitrary(), code =>
            Formats.All(format => EconomicCode.Parse(code.ToString(format, null)) == code));

    [Property]
    public Property Functional_code_reads_back_from_full_width_digits() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), code =>
            FunctionalCode.Parse(FullWidth(code.ToString("S", null))) == code);

    [Property]
    public Property Functional_code_reads_back_from_its_columns() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), code =>
        {
            string[] groups = code.ToString("P", null).Split('|');
            return FunctionalCode.FromColumns(groups[0], groups.ElementAtOrDefault(1), groups.ElementAtOrDefault(2)) == code;
        });

    [Property]
    public Property Economic_code_reads_back_from_its_columns() =>
        Prop.ForAll(ClassificationGenerators.Economic.ToArbitrary(), code =>
        {
            string[] groups = code.ToString("P", null).Split('|');
            return EconomicCode.FromColumns(groups[0], groups.ElementAtOrDefault(1)) == code;
        });

    [Property]
    public Property Span_and_utf8_formatting_write_what_ToString_writes() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), Gen.Elements(Formats).ToArbitrary(), (code, format) =>
        {
            Span<char> chars = stackalloc char[16];
            Span<byte> bytes = stackalloc byte[16];
            bool wroteChars = code.TryFormat(chars, out int charCount, format, null);
            bool wroteBytes = code.TryFormat(bytes, out int byteCount, format, null);
            string expected = code.ToString(format, null);
            return wroteChars && wroteBytes
                && chars[..charCount].SequenceEqual(expected)
                && System.Text.Encoding.ASCII.GetString(bytes[..byteCount]) == expected;
        });

    [Property]
    public Property Functional_order_is_the_order_of_the_digits_padded_to_an_item_then_the_depth() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), ClassificationGenerators.Functional.ToArbitrary(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == PaddedOrder(a.Value, a.Depth, b.Value, b.Depth, maxDepth: 2));

    [Property]
    public Property Economic_order_is_the_order_of_the_digits_padded_to_a_section_then_the_depth() =>
        Prop.ForAll(ClassificationGenerators.Economic.ToArbitrary(), ClassificationGenerators.Economic.ToArbitrary(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == PaddedOrder(a.Value, a.Depth, b.Value, b.Depth, maxDepth: 1));

    [Property]
    public Property Functional_order_is_the_ordinal_order_of_the_printed_digits() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), ClassificationGenerators.Functional.ToArbitrary(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString())));

    [Property]
    public Property Order_agrees_with_equality_and_is_antisymmetric() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), ClassificationGenerators.Functional.ToArbitrary(), (a, b) =>
            (a.CompareTo(b) == 0) == (a == b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)));

    [Property]
    public Property Parent_comes_before_the_child_and_contains_it() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), code =>
            code.Parent is not FunctionalCode parent || (parent < code && code.IsWithin(parent) && !parent.IsWithin(code) && parent.Depth == code.Depth - 1));

    [Property]
    public Property Class_is_the_ancestor_at_depth_zero() =>
        Prop.ForAll(ClassificationGenerators.Functional.ToArbitrary(), code =>
            code.Class == code.AtDepth(0) && code.Class.Value == code.ClassDigits);

    /// <summary>The sign of the order of two codes as the catalogue lists them: digits padded with zeros to the deepest level, then the shallower first.</summary>
    private static int PaddedOrder(int a, int aDepth, int b, int bDepth, int maxDepth)
    {
        int byDigits = Padded(a, aDepth, maxDepth).CompareTo(Padded(b, bDepth, maxDepth));
        return Math.Sign(byDigits != 0 ? byDigits : aDepth.CompareTo(bDepth));
    }

    private static long Padded(int value, int depth, int maxDepth)
    {
        long padded = value;
        for (int i = depth; i < maxDepth; i++)
        {
            padded *= 100;
        }

        return padded;
    }

    private static string FullWidth(string text) => new([.. text.Select(c => c switch
    {
        >= '0' and <= '9' => (char)(c - '0' + '０'),
        ' ' => '\u3000',
        _ => c,
    })]);
}
