using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenBudget.Validation;

namespace OpenBudget.Tests.Validation;

/// <summary>The banded edit distance behind the name-consistency rules agrees with the full Levenshtein distance up to its limit.</summary>
public class NameDistanceProperties
{
    private static readonly Gen<string> Names = Gen.Elements('科', '技', '项', '目', '经', '费', '2', '0', '（', '）', 'a')
        .ArrayOf()
        .Select(chars => new string(chars));

    [Property(MaxTest = 500)]
    public Property Banded_distance_is_the_full_distance_up_to_the_limit()
        => Prop.ForAll(Names.Two().ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (pair, limit) =>
        {
            int full = Levenshtein(pair.Item1, pair.Item2);
            int banded = NameText.Distance(pair.Item1, pair.Item2, limit);
            return (full <= limit ? banded == full : banded > limit).Label($"full {full}, banded {banded}, limit {limit}");
        });

    [Property(MaxTest = 1000)]
    public Property The_signature_filter_turns_away_only_names_more_than_the_limit_apart()
        => Prop.ForAll(Names.Two().ToArbitrary(), pair =>
        {
            (string a, string b) = pair;
            ulong sa = NameText.Signature(a);
            ulong sb = NameText.Signature(b);
            bool turnedAway = System.Numerics.BitOperations.PopCount(sa ^ sb) > 2 * NameText.MaxEdits;
            return ((!turnedAway || NameText.Distance(a, b, NameText.MaxEdits) > NameText.MaxEdits)
                    && NameText.Near(a, b) == NameText.Near(a, sa, b, sb))
                .Label($"\"{a}\" and \"{b}\": turned away {turnedAway}, near {NameText.Near(a, b)}");
        });

    [Fact]
    public void Common_prefix_and_suffix_do_not_count()
    {
        Assert.Equal(1, NameText.Distance("科技项目经费A支出", "科技项目经费B支出", 2));
        Assert.Equal(2, NameText.Distance("科技项目经费支出", "科技项目经费支出费用", 2));
        Assert.Equal(0, NameText.Distance("科技项目", "科技项目", 2));
        Assert.True(NameText.Distance("科技项目", "经费支出", 2) > 2);
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}

/// <summary>A name the quick test says needs no folding is already its own folded key.</summary>
public class NameFoldingProperties
{
    private static readonly Gen<string> Names = Gen.Elements('科', '技', ' ', '\u3000', '\u00A0', '\t', '(', ')', '（', '）', 'Ａ', '１', '～', '！', 'a', '1', '-', '—', '【', '〔')
        .ArrayOf()
        .Select(chars => new string(chars));

    [Property(MaxTest = 1000)]
    public Property A_name_that_needs_no_folding_folds_to_itself()
        => Prop.ForAll(Names.ToArbitrary(), name =>
        {
            string folded = NameText.Fold(OpenBudget.Disclosures.PrintedText.Normalize(name));
            return (NameText.NeedsFolding(name) || folded == name).Label($"\"{name}\" folds to \"{folded}\"")
                .And((NameText.Key(name) == folded).Label($"key of \"{name}\" is \"{NameText.Key(name)}\", not \"{folded}\""));
        });

    [Theory]
    [InlineData("科技 项目", true)]
    [InlineData("科技(项目)", true)]
    [InlineData("科技Ａ项目", true)]
    [InlineData("科技（项目）", false)]
    [InlineData("科技—项目【一】", false)]
    public void Folding_is_needed_for_spaces_half_width_brackets_and_full_width_forms(string name, bool needed)
        => Assert.Equal(needed, NameText.NeedsFolding(name));
}
