using System.Text;

namespace OpenBudget.Classification;

/// <summary>Helpers that compare printed names with catalogue names, and walk codes generically.</summary>
internal static class CatalogueText
{
    /// <summary>Folds the forms that printing varies (half-width brackets, spaces, full-width letters) so that names compare by content.</summary>
    internal static string NormalizeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            switch (c)
            {
                case ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n':
                    continue;
                case '(':
                    builder.Append('（');
                    break;
                case ')':
                    builder.Append('）');
                    break;
                case >= '\uFF01' and <= '\uFF5E' when c is not '（' and not '）':
                    builder.Append((char)(c - 0xFEE0));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    internal static bool IsWithinGeneric<TCode>(this TCode code, TCode ancestor)
        where TCode : struct, IClassificationCode<TCode>
        => ancestor.Depth <= code.Depth && code.Value / CodeText.Pow10((code.Depth - ancestor.Depth) * CodeText.LevelDigits) == ancestor.Value;

    internal static TCode AtDepthGeneric<TCode>(this TCode code, int depth)
        where TCode : struct, IClassificationCode<TCode>
        => TCode.FromValue(code.Value / CodeText.Pow10((code.Depth - depth) * CodeText.LevelDigits), depth);
}
