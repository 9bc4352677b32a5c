using System.Globalization;
using OpenBudget.Disclosures;

namespace OpenBudget.Validation;

/// <summary>What a check compares a figure with, in English and Chinese, for a finding's message; "{0}" in either text stands for a table's label or a subject, filled in only when a finding is made.</summary>
internal readonly struct Expectation
{
    private readonly string _en;
    private readonly string _zh;
    private readonly DisclosureTable? _table;
    private readonly string? _subject;

    /// <summary>Initializes a new instance of the <see cref="Expectation"/> struct with texts used as they are.</summary>
    public Expectation(string en, string zh)
    {
        _en = en;
        _zh = zh;
    }

    /// <summary>Initializes a new instance of the <see cref="Expectation"/> struct whose texts name a table ("{0}" is its label, e.g. "表5").</summary>
    public Expectation(string en, string zh, DisclosureTable table)
    {
        _en = en;
        _zh = zh;
        _table = table;
    }

    /// <summary>Initializes a new instance of the <see cref="Expectation"/> struct whose texts name a subject ("{0}").</summary>
    public Expectation(string en, string zh, string subject)
    {
        _en = en;
        _zh = zh;
        _subject = subject;
    }

    /// <summary>Makes the English text.</summary>
    public string En() => Fill(_en);

    /// <summary>Makes the Chinese text.</summary>
    public string Zh() => Fill(_zh);

    private string Fill(string text)
    {
        string? argument = _table is not null ? Labels.Table(_table) : _subject;
        return argument is null ? text : string.Format(CultureInfo.InvariantCulture, text, argument);
    }
}
