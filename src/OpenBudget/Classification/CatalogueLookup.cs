namespace OpenBudget.Classification;

/// <summary>The answer to a catalogue look-up: the entry, or the statement that the code is not in the year's catalogue with the nearest known codes.</summary>
/// <typeparam name="TCode">The kind of code.</typeparam>
public sealed class CatalogueLookup<TCode>
    where TCode : struct, IClassificationCode<TCode>
{
    internal CatalogueLookup(TCode code, int year, ClassificationEntry<TCode>? entry, IReadOnlyList<ClassificationEntry<TCode>> nearest)
    {
        Code = code;
        Year = year;
        Entry = entry;
        Nearest = nearest;
    }

    /// <summary>Gets the code that was looked up.</summary>
    public TCode Code { get; }

    /// <summary>Gets the fiscal year of the catalogue that was asked.</summary>
    public int Year { get; }

    /// <summary>Gets a value indicating whether the code is in the catalogue.</summary>
    public bool Found => Entry is not null;

    /// <summary>Gets the entry, or <see langword="null"/> when the code is not in the catalogue.</summary>
    public ClassificationEntry<TCode>? Entry { get; }

    /// <summary>Gets the nearest known codes when the code is not in the catalogue (empty when it is).</summary>
    public IReadOnlyList<ClassificationEntry<TCode>> Nearest { get; }

    /// <summary>Gets a one-line description, e.g. "2060499 is not in the 2026 catalogue".</summary>
    public string Message => Found ? $"{Code} {Entry!.Name}" : $"{Code} is not in the {Year} catalogue";
}
