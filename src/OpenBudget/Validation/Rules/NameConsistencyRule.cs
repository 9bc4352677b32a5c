using OpenBudget.Disclosures;

namespace OpenBudget.Validation.Rules;

/// <summary>The shared body of the rules that point out one name spelled in near-identical ways in different places: never merged, always reported.</summary>
internal abstract class NameConsistencyRule : ValidationRule
{
    private readonly string _what;
    private readonly string _whatZh;

    private protected NameConsistencyRule(string id, string titleEn, string titleZh, string what, string whatZh)
        : base(id, titleEn, titleZh, RuleCategory.NamesAndCodes, Severity.Warning, [], needsAllTables: false)
    {
        _what = what;
        _whatZh = whatZh;
    }

    internal override void Check(ValidationContext context)
    {
        ValidationScratch scratch = context.Scratch;
        List<NameOccurrence> occurrences = scratch.Names;
        HashSet<string> seen = scratch.NameKeys;
        List<string> distinct = scratch.DistinctNames;
        List<ulong> signatures = scratch.Signatures;
        occurrences.Clear();
        seen.Clear();
        distinct.Clear();
        signatures.Clear();
        Collect(context, occurrences);
        for (int i = 0; i < occurrences.Count; i++)
        {
            if (occurrences[i].Key.Length > 0 && seen.Add(occurrences[i].Key))
            {
                distinct.Add(occurrences[i].Key);
                signatures.Add(NameText.Signature(occurrences[i].Key));
            }
        }

        // Only names within MaxEdits characters of each other in length can be near: walk them by length (then by first
        // appearance), each packed with its index into one sortable long.
        int count = distinct.Count;
        Span<long> byLength = count <= 256 ? stackalloc long[count] : new long[count];
        for (int i = 0; i < count; i++)
        {
            byLength[i] = ((long)distinct[i].Length << 32) | (uint)i;
        }

        byLength.Sort();
        for (int i = 0; i < count; i++)
        {
            int a = (int)byLength[i];
            for (int j = i + 1; j < count; j++)
            {
                int b = (int)byLength[j];
                if (distinct[b].Length - distinct[a].Length > NameText.MaxEdits)
                {
                    break;
                }

                if (System.Numerics.BitOperations.PopCount(signatures[a] ^ signatures[b]) > 2 * NameText.MaxEdits || !NameText.Near(distinct[a], distinct[b]))
                {
                    continue;
                }

                Report(context, occurrences, distinct[Math.Min(a, b)], distinct[Math.Max(a, b)]);
            }
        }

        // Every pair of distinct names is a check, whether or not its lengths let it be compared.
        context.Checks += count * (count - 1) / 2;
    }

    private protected abstract void Collect(ValidationContext context, List<NameOccurrence> occurrences);

    private void Report(ValidationContext context, List<NameOccurrence> occurrences, string first, string second)
    {
        // Point at the later spelling's first place; list every place either spelling is printed.
        NameOccurrence? at = null;
        NameOccurrence? other = null;
        int places = 0;
        foreach (NameOccurrence occurrence in occurrences)
        {
            if (!Spelled(occurrence, first, second))
            {
                continue;
            }

            places++;
            other ??= occurrence;
            if (at is null && !string.Equals(occurrence.Key, other.Value.Key, StringComparison.Ordinal))
            {
                at = occurrence;
            }
        }

        var printed = new NameOccurrence[places];
        places = 0;
        foreach (NameOccurrence occurrence in occurrences)
        {
            if (Spelled(occurrence, first, second))
            {
                printed[places++] = occurrence;
            }
        }

        BudgetDisclosure disclosure = context.Disclosure;
        NameOccurrence place = at ?? other!.Value;
        string label = place.Label(disclosure);
        string expected = string.Equals(place.Key, first, StringComparison.Ordinal) ? Printed(occurrences, second) : Printed(occurrences, first);
        context.Mismatch(
            place.Pointer(disclosure),
            label,
            place.Printed,
            expected,
            new NameFindingText(label, _what, _whatZh, place.Printed, expected, first, second),
            new NameTermSource(disclosure, printed));
    }

    private static bool Spelled(in NameOccurrence occurrence, string first, string second)
        => string.Equals(occurrence.Key, first, StringComparison.Ordinal) || string.Equals(occurrence.Key, second, StringComparison.Ordinal);

    private static string Printed(List<NameOccurrence> occurrences, string key)
    {
        foreach (NameOccurrence occurrence in occurrences)
        {
            if (string.Equals(occurrence.Key, key, StringComparison.Ordinal))
            {
                return occurrence.Printed;
            }
        }

        return key;
    }
}

/// <summary>The messages of one name spelled two ways, written when first read.</summary>
internal sealed class NameFindingText(string label, string what, string whatZh, string printed, string expected, string first, string second) : FindingText
{
    public override string En()
        => $"{label}: the {what} \"{printed}\" is spelled \"{expected}\" elsewhere; they differ in {Edits()} character(s) and look like one {what} spelled two ways. They are kept apart, not merged.";

    public override string Zh()
        => $"{label}：{whatZh}“{printed}”在其他位置写作“{expected}”，二者仅相差 {Edits()} 个字符，疑为同一{whatZh}的不同写法，未予合并。";

    private int Edits() => NameText.Distance(first, second, NameText.MaxEdits);
}

/// <summary>Every place a name is printed in either spelling, as terms made when first read.</summary>
internal sealed class NameTermSource(BudgetDisclosure disclosure, NameOccurrence[] places) : FindingTermSource
{
    public override FindingTerm[] Make()
    {
        var terms = new FindingTerm[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            terms[i] = new FindingTerm($"{places[i].Label(disclosure)}: {places[i].Printed}", null, places[i].Pointer(disclosure));
        }

        return terms;
    }
}
