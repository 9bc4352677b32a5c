using System.Runtime.InteropServices;
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
        Dictionary<string, int> ids = scratch.NameIds;
        List<string> distinct = scratch.DistinctNames;
        List<ulong> signatures = scratch.Signatures;
        List<int> next = scratch.NameNext;
        List<(int First, int Last, int Count)> places = scratch.NamePlaces;
        occurrences.Clear();
        ids.Clear();
        distinct.Clear();
        signatures.Clear();
        next.Clear();
        places.Clear();
        Collect(context, occurrences);
        for (int i = 0; i < occurrences.Count; i++)
        {
            next.Add(-1);
            string key = occurrences[i].Key;
            if (key.Length == 0)
            {
                continue;
            }

            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out bool exists);
            if (!exists)
            {
                id = distinct.Count;
                distinct.Add(key);
                signatures.Add(NameText.Signature(key));
                places.Add((i, i, 1));
            }
            else
            {
                // Chain the place after the last one of its name.
                (int first, int last, int seen) = places[id];
                next[last] = i;
                places[id] = (first, i, seen + 1);
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

                if (!NameText.Near(distinct[a], signatures[a], distinct[b], signatures[b]))
                {
                    continue;
                }

                Report(context, Math.Min(a, b), Math.Max(a, b));
            }
        }

        // Every pair of distinct names is a check, whether or not its lengths let it be compared.
        context.Checks += count * (count - 1) / 2;
    }

    private protected abstract void Collect(ValidationContext context, List<NameOccurrence> occurrences);

    /// <summary>Reports two spellings, by their ids (the first one met first): every place either is printed, pointing at the later one's first place.</summary>
    private void Report(ValidationContext context, int first, int second)
    {
        ValidationScratch scratch = context.Scratch;
        List<NameOccurrence> occurrences = scratch.Names;
        List<int> next = scratch.NameNext;
        (int firstAt, _, int firstCount) = scratch.NamePlaces[first];
        (int secondAt, _, int secondCount) = scratch.NamePlaces[second];

        // Both names' places in the order they were met: the two chains merged.
        var printed = new NameOccurrence[firstCount + secondCount];
        int a = firstAt;
        int b = secondAt;
        for (int k = 0; k < printed.Length; k++)
        {
            if (b < 0 || (a >= 0 && a < b))
            {
                printed[k] = occurrences[a];
                a = next[a];
            }
            else
            {
                printed[k] = occurrences[b];
                b = next[b];
            }
        }

        // The finding points at the later name's first place, and expects the earlier name's first spelling.
        (int placeIndex, int expectedIndex) = firstAt < secondAt ? (secondAt, firstAt) : (firstAt, secondAt);
        NameOccurrence place = occurrences[placeIndex];
        string expected = occurrences[expectedIndex].Printed;
        List<string> distinct = scratch.DistinctNames;
        context.Mismatch(
            place.Printed,
            expected,
            new NameFindingText(new NamePlace(context.Disclosure, place), _what, _whatZh, place.Printed, expected, distinct[first], distinct[second]),
            new NameTermSource(context.Disclosure, printed));
    }
}

/// <summary>A place a name is printed, as a finding's location made when read.</summary>
internal sealed class NamePlace(BudgetDisclosure disclosure, NameOccurrence occurrence) : FindingPlace
{
    public override PlacePath Path() => occurrence.Path(disclosure);

    public override string Label() => occurrence.Label(disclosure);
}

/// <summary>The messages of one name spelled two ways, written when first read.</summary>
internal sealed class NameFindingText(NamePlace place, string what, string whatZh, string printed, string expected, string first, string second)
    : FindingText(new LocationSource(place))
{
    public override string En(Finding finding)
        => $"{finding.Location.Label}: the {what} \"{printed}\" is spelled \"{expected}\" elsewhere; they differ in {Edits()} character(s) and look like one {what} spelled two ways. They are kept apart, not merged.";

    public override string Zh(Finding finding)
        => $"{finding.Location.Label}：{whatZh}“{printed}”在其他位置写作“{expected}”，二者仅相差 {Edits()} 个字符，疑为同一{whatZh}的不同写法，未予合并。";

    private int Edits() => NameText.Distance(first, second, NameText.MaxEdits);
}

/// <summary>Every place a name is printed in either spelling, as terms made when first read.</summary>
internal sealed class NameTermSource(BudgetDisclosure disclosure, NameOccurrence[] places) : IFindingTermSource
{
    public FindingTerm[] Make()
    {
        var terms = new FindingTerm[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            terms[i] = new FindingTerm($"{places[i].Label(disclosure)}: {places[i].Printed}", null, places[i].Pointer(disclosure));
        }

        return terms;
    }
}
