using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Store;

/// <summary>The embedded store: every revision of every disclosure in one SQLite file, in WAL mode so that readers never wait for a writer.</summary>
/// <remarks>
/// Two tables: <c>disclosures</c> (one row per id, pointing at its current revision) and <c>revisions</c> (one row per
/// publication, with the document and its report). Triggers refuse any UPDATE or DELETE of a revision, so nothing published is
/// overwritten or lost. Each publication is one IMMEDIATE transaction; a failed one leaves the file as it was.
/// </remarks>
public sealed class SqliteDisclosureStore : IDisclosureStore
{
    private const int SchemaVersion = 1;

    private const string Columns = """
        d.id, r.revision, d.current_revision, d.region_code, d.region_name, d.fiscal_year, d.phase, d.department,
        r.title, r.stored_at, r.sha256, r.has_errors
        """;

    private const string Filter = """
        (@year IS NULL OR d.fiscal_year = @year)
        AND (@region IS NULL OR substr(d.region_code, 1, length(@region)) = @region)
        AND (@department IS NULL OR instr(d.department, @department) > 0)
        AND (@phase IS NULL OR d.phase = @phase)
        AND (@hasErrors IS NULL OR r.has_errors = @hasErrors)
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="SqliteDisclosureStore"/> class.</summary>
    /// <param name="path">The database file; created, with its folder, on <see cref="InitializeAsync"/>.</param>
    /// <param name="time">The clock that stamps revisions.</param>
    public SqliteDisclosureStore(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        Path = System.IO.Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        string? folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        long version = await ScalarAsync<long>(connection, transaction, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false);
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"The store {Path} has schema version {version}; this build knows version {SchemaVersion} and older.");
        }

        if (version < SchemaVersion)
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS disclosures (
                    id TEXT NOT NULL PRIMARY KEY,
                    region_code TEXT NOT NULL,
                    region_name TEXT NOT NULL,
                    fiscal_year INTEGER NOT NULL,
                    phase TEXT NOT NULL,
                    department TEXT NOT NULL,
                    current_revision INTEGER NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS disclosures_by_year ON disclosures (fiscal_year, region_code);
                CREATE TABLE IF NOT EXISTS revisions (
                    disclosure_id TEXT NOT NULL REFERENCES disclosures (id),
                    revision INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    stored_at TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    document BLOB NOT NULL,
                    report BLOB,
                    has_errors INTEGER,
                    PRIMARY KEY (disclosure_id, revision)
                );
                CREATE TRIGGER IF NOT EXISTS revisions_are_never_changed BEFORE UPDATE ON revisions
                BEGIN SELECT RAISE(ABORT, 'a stored revision is never changed; publish a new one'); END;
                CREATE TRIGGER IF NOT EXISTS revisions_are_never_deleted BEFORE DELETE ON revisions
                BEGIN SELECT RAISE(ABORT, 'a stored revision is never deleted'); END;
                """, cancellationToken, transaction).ConfigureAwait(false);
            await ExecuteAsync(connection, $"PRAGMA user_version = {SchemaVersion.ToString(CultureInfo.InvariantCulture)};", cancellationToken, transaction).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await ScalarAsync<long>(connection, null, "SELECT count(*) FROM disclosures;", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<PublishResult> PublishAsync(NewRevision revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        DisclosureKey key = revision.Key;
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(revision.Document));
        string now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // IMMEDIATE: the write lock is taken before the current revision is read, so two publishers never pick the same number.
        await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        RevisionInfo? current = await ReadInfoAsync(connection, transaction, key.Id, null, cancellationToken).ConfigureAwait(false);
        if (current is not null && string.Equals(current.Sha256, sha256, StringComparison.Ordinal))
        {
            return new PublishResult(current, Created: false);
        }

        int next = (current?.CurrentRevision ?? 0) + 1;
        await using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO disclosures (id, region_code, region_name, fiscal_year, phase, department, current_revision, created_at, updated_at)
                VALUES (@id, @regionCode, @regionName, @year, @phase, @department, @revision, @now, @now)
                ON CONFLICT (id) DO UPDATE SET
                    region_name = excluded.region_name, department = excluded.department,
                    current_revision = excluded.current_revision, updated_at = excluded.updated_at;
                INSERT INTO revisions (disclosure_id, revision, title, stored_at, sha256, document, report, has_errors)
                VALUES (@id, @revision, @title, @now, @sha256, @document, @report, @hasErrors);
                """;
            insert.Parameters.AddWithValue("@id", key.Id.Value);
            insert.Parameters.AddWithValue("@regionCode", key.RegionCode);
            insert.Parameters.AddWithValue("@regionName", key.RegionName);
            insert.Parameters.AddWithValue("@year", key.FiscalYear);
            insert.Parameters.AddWithValue("@phase", DisclosureId.PhaseSegment(key.Phase));
            insert.Parameters.AddWithValue("@department", key.Department);
            insert.Parameters.AddWithValue("@revision", next);
            insert.Parameters.AddWithValue("@now", now);
            insert.Parameters.AddWithValue("@title", revision.Title);
            insert.Parameters.AddWithValue("@sha256", sha256);
            insert.Parameters.Add("@document", SqliteType.Blob).Value = revision.Document;
            insert.Parameters.Add("@report", SqliteType.Blob).Value = revision.Report is { } report ? report : DBNull.Value;
            insert.Parameters.AddWithValue("@hasErrors", revision.HasErrors is bool b ? (b ? 1 : 0) : DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var stored = new RevisionInfo(
            key.Id, next, next, key.RegionCode, key.RegionName, key.FiscalYear, key.Phase, key.Department, revision.Title,
            DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), sha256, revision.HasErrors);
        return new PublishResult(stored, Created: true);
    }

    /// <inheritdoc/>
    public async Task<StoredRevision?> GetAsync(DisclosureId id, int? revision, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, r.document, r.report
            FROM disclosures d JOIN revisions r ON r.disclosure_id = d.id
            WHERE d.id = @id AND r.revision = coalesce(@revision, d.current_revision);
            """;
        command.Parameters.AddWithValue("@id", id.Value);
        command.Parameters.AddWithValue("@revision", revision is int n ? n : DBNull.Value);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        RevisionInfo info = ReadInfo(reader);
        byte[] document = (byte[])reader.GetValue(12);
        byte[]? report = reader.IsDBNull(13) ? null : (byte[])reader.GetValue(13);
        return new StoredRevision(info, document, report);
    }

    /// <inheritdoc/>
    public async Task<RevisionInfo?> GetCurrentInfoAsync(DisclosureId id, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadInfoAsync(connection, null, id, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RevisionInfo>> ListRevisionsAsync(DisclosureId id, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}
            FROM disclosures d JOIN revisions r ON r.disclosure_id = d.id
            WHERE d.id = @id ORDER BY r.revision;
            """;
        command.Parameters.AddWithValue("@id", id.Value);
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<DisclosurePage> ListAsync(DisclosureQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        await using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // One read transaction, so the count and the page see the same snapshot.
        await using SqliteTransaction transaction = connection.BeginTransaction(deferred: true);
        await using SqliteCommand count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = $"SELECT count(*) FROM disclosures d JOIN revisions r ON r.disclosure_id = d.id AND r.revision = d.current_revision WHERE {Filter};";
        AddFilter(count, query);
        int total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;

        await using SqliteCommand page = connection.CreateCommand();
        page.Transaction = transaction;
        page.CommandText = $"""
            SELECT {Columns}
            FROM disclosures d JOIN revisions r ON r.disclosure_id = d.id AND r.revision = d.current_revision
            WHERE {Filter}
            ORDER BY d.id LIMIT @limit OFFSET @offset;
            """;
        AddFilter(page, query);
        page.Parameters.AddWithValue("@limit", query.PageSize);
        page.Parameters.AddWithValue("@offset", (long)(query.Page - 1) * query.PageSize);
        IReadOnlyList<RevisionInfo> items = await ReadAllAsync(page, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new DisclosurePage(items, total);
    }

    private static void AddFilter(SqliteCommand command, DisclosureQuery query)
    {
        command.Parameters.AddWithValue("@year", query.FiscalYear is int year ? year : DBNull.Value);
        command.Parameters.AddWithValue("@region", string.IsNullOrEmpty(query.Region) ? DBNull.Value : query.Region);
        command.Parameters.AddWithValue("@department", string.IsNullOrEmpty(query.Department) ? DBNull.Value : query.Department);
        command.Parameters.AddWithValue("@phase", query.Phase is DisclosurePhase phase ? DisclosureId.PhaseSegment(phase) : DBNull.Value);
        command.Parameters.AddWithValue("@hasErrors", query.HasErrors is bool b ? (b ? 1 : 0) : DBNull.Value);
    }

    private static async Task<RevisionInfo?> ReadInfoAsync(SqliteConnection connection, SqliteTransaction? transaction, DisclosureId id, int? revision, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {Columns}
            FROM disclosures d JOIN revisions r ON r.disclosure_id = d.id
            WHERE d.id = @id AND r.revision = coalesce(@revision, d.current_revision);
            """;
        command.Parameters.AddWithValue("@id", id.Value);
        command.Parameters.AddWithValue("@revision", revision is int n ? n : DBNull.Value);
        IReadOnlyList<RevisionInfo> found = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<IReadOnlyList<RevisionInfo>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var items = new List<RevisionInfo>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadInfo(reader));
        }

        return items;
    }

    private static RevisionInfo ReadInfo(SqliteDataReader reader)
    {
        string id = reader.GetString(0);
        if (!DisclosureId.TryParse(id, out DisclosureId disclosureId))
        {
            throw new InvalidDataException($"The store holds a malformed disclosure id '{id}'.");
        }

        if (!DisclosureId.TryParsePhase(reader.GetString(6), out DisclosurePhase phase))
        {
            throw new InvalidDataException($"The store holds an unknown phase '{reader.GetString(6)}' for {id}.");
        }

        return new RevisionInfo(
            disclosureId,
            reader.GetInt32(1),
            reader.GetInt32(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetInt32(5),
            phase,
            reader.GetString(7),
            reader.GetString(8),
            DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetInt64(11) != 0);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
