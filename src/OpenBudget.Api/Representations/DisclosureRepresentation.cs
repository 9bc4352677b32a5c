using System.Collections.Concurrent;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Json;

namespace OpenBudget.Api.Representations;

/// <summary>One revision of a disclosure as the API serves it: the model, the library's JSON bytes of it, and its tables and report rendered on first use.</summary>
public sealed class DisclosureRepresentation
{
    private readonly ConcurrentDictionary<(TableKind Kind, bool Csv), Representation> _tables = new();
    private readonly Representation? _storedReport;
    private Representation? _checkedReport;

    private DisclosureRepresentation(RevisionInfo info, BudgetDisclosure model, byte[]? report)
    {
        Info = info;
        Model = model;
        Document = new Representation(OpenBudgetJson.SerializeToUtf8Bytes(model), ContentTypes.Json);
        Headers = ApiLinks.RevisionHeaders(info);
        _storedReport = report is null ? null : new Representation(report, ContentTypes.Json);
    }

    /// <summary>Gets the revision's facts as they were when it was read.</summary>
    public RevisionInfo Info { get; }

    /// <summary>Gets the headers that tie the revision to its history and report (Content-Location, Link).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>Gets the disclosure.</summary>
    public BudgetDisclosure Model { get; }

    /// <summary>Gets the disclosure as the library writes it (<see cref="OpenBudgetJson.SerializeToUtf8Bytes"/>).</summary>
    public Representation Document { get; }

    /// <summary>Gets the validation report stored with the revision or, for a revision stored without one (by a build without the validator), the report the checker makes now.</summary>
    /// <param name="checker">The checker for revisions stored without a report.</param>
    /// <returns>The report.</returns>
    public Representation Report(IDisclosureChecker checker)
    {
        ArgumentNullException.ThrowIfNull(checker);
        if ((_storedReport ?? Volatile.Read(ref _checkedReport)) is Representation known)
        {
            return known;
        }

        var made = new Representation(ReportJson.Serialize(checker.Check(Model)), ContentTypes.Json);
        return Interlocked.CompareExchange(ref _checkedReport, made, null) ?? made;
    }

    /// <summary>Reads a stored revision.</summary>
    /// <param name="stored">The stored revision.</param>
    /// <returns>The representation.</returns>
    /// <exception cref="DisclosureJsonException">The stored document is not a disclosure this build can read.</exception>
    public static DisclosureRepresentation From(StoredRevision stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new DisclosureRepresentation(stored.Info, OpenBudgetJson.Deserialize(stored.Document), stored.Report);
    }

    /// <summary>Gets one table as JSON or CSV.</summary>
    /// <param name="kind">The table's kind.</param>
    /// <param name="csv"><see langword="true"/> for CSV.</param>
    /// <returns>The table, or <see langword="null"/> when the disclosure prints no table of that kind.</returns>
    public Representation? Table(TableKind kind, bool csv)
    {
        if (Model.Table(kind) is not DisclosureTable table)
        {
            return null;
        }

        return _tables.GetOrAdd((kind, csv), static (key, t) => key.Csv
            ? new Representation(TableCsv.Write(t), ContentTypes.Csv)
            : new Representation(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(t, OpenBudgetJson.Context.DisclosureTable), ContentTypes.Json), table);
    }

    /// <summary>Gets the size the representation takes in the cache, roughly, in bytes.</summary>
    internal long CacheSize => Document.Content.Length * 4L;
}
