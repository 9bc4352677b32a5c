namespace OpenBudget.Import.Reading;

/// <summary>A heading with the paragraphs and subsections printed under it.</summary>
internal sealed class Section
{
    internal Section(Paragraph? heading, int level)
    {
        Heading = heading;
        Level = level;
    }

    /// <summary>Gets the heading, or <see langword="null"/> for the text before the first heading.</summary>
    internal Paragraph? Heading { get; }

    internal int Level { get; }

    /// <summary>Gets the heading's text after its numbering, compacted, for matching.</summary>
    internal string Topic => Heading is null ? "" : Texts.Compact(Heading.Body);

    /// <summary>Gets the paragraphs and subsections in printed order.</summary>
    internal List<object> Items { get; } = [];

    internal IEnumerable<Paragraph> Paragraphs => Items.OfType<Paragraph>();

    internal IEnumerable<Section> Subsections => Items.OfType<Section>();

    /// <summary>Gets every paragraph under the section, subsections' headings and paragraphs included, in printed order.</summary>
    internal IEnumerable<Paragraph> AllParagraphs()
    {
        foreach (object item in Items)
        {
            if (item is Paragraph p)
            {
                yield return p;
            }
            else if (item is Section s)
            {
                if (s.Heading is not null)
                {
                    yield return s.Heading;
                }

                foreach (Paragraph q in s.AllParagraphs())
                {
                    yield return q;
                }
            }
        }
    }

    public override string ToString() => Heading?.Text ?? "(start)";
}
