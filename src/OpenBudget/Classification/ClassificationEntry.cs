namespace OpenBudget.Classification;

/// <summary>One entry of a classification catalogue: a code with its official Chinese name and an English label.</summary>
/// <typeparam name="TCode">The kind of code.</typeparam>
/// <param name="Code">The code.</param>
/// <param name="Name">The name as the Ministry of Finance prints it (科目名称).</param>
/// <param name="EnglishName">An English label, or <see langword="null"/> where none is recorded.</param>
public sealed record ClassificationEntry<TCode>(TCode Code, string Name, string? EnglishName)
    where TCode : struct, IClassificationCode<TCode>
{
    /// <summary>Gets the depth of the entry: 0 for a class (类), 1 for a section (款), 2 for an item (项).</summary>
    public int Depth => Code.Depth;

    /// <summary>Gets the parent code, or <see langword="null"/> for a class.</summary>
    public TCode? Parent => Code.Parent;

    /// <summary>Gets the English label when there is one, otherwise the Chinese name.</summary>
    public string DisplayName(bool english) => english && EnglishName is not null ? EnglishName : Name;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name}";
}
