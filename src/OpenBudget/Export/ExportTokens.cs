using OpenBudget.Disclosures;
using OpenBudget.Money;
using OpenBudget.Validation;

namespace OpenBudget.Export;

/// <summary>The camelCase words exports write for enum values, the same as the disclosure JSON.</summary>
public static class ExportTokens
{
    private static readonly string[] TableKinds = Words<TableKind>();
    private static readonly string[] RowKinds = Words<RowKind>();
    private static readonly string[] Sides = Words<TableSide>();
    private static readonly string[] Units = Words<PresentationUnit>();
    private static readonly string[] Phases = Words<DisclosurePhase>();
    private static readonly string[] Severities = Words<Severity>();
    private static readonly string[] Verdicts = Words<Verdict>();

    /// <summary>Gets the word for a table kind, e.g. "generalPublicBudgetExpenditure".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(TableKind value) => Lookup(TableKinds, (int)value, value);

    /// <summary>Gets the word for a row kind, e.g. "section".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(RowKind value) => Lookup(RowKinds, (int)value, value);

    /// <summary>Gets the word for a table side: "income" or "expenditure".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(TableSide value) => Lookup(Sides, (int)value, value);

    /// <summary>Gets the word for a unit: "yuan", "tenThousandYuan" or "hundredMillionYuan".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(PresentationUnit value) => Lookup(Units, (int)value, value);

    /// <summary>Gets the word for a phase: "budget" or "finalAccounts".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(DisclosurePhase value) => Lookup(Phases, (int)value, value);

    /// <summary>Gets the word for a severity: "info", "warning" or "error".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(Severity value) => Lookup(Severities, (int)value, value);

    /// <summary>Gets the word for a verdict: "rounding", "error" or "mismatch".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of(Verdict value) => Lookup(Verdicts, (int)value, value);

    private static string Lookup<T>(string[] words, int index, T value)
        where T : struct, Enum
        => (uint)index < (uint)words.Length && words[index] is { } word
            ? word
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    private static string[] Words<T>()
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        int[] indexes = values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var words = new string[indexes.Max() + 1];
        for (int i = 0; i < values.Length; i++)
        {
            string name = values[i].ToString();
            words[indexes[i]] = char.ToLowerInvariant(name[0]) + name[1..];
        }

        return words;
    }
}
