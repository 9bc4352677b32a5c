using Microsoft.Data.Sqlite;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;

namespace OpenBudget.Api.Tests.Store;

public sealed class SqliteDisclosureStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "openbudget-store-tests", Guid.NewGuid().ToString("N"));
    private SqliteDisclosureStore _store = null!;

    private string DatabasePath => Path.Combine(_folder, "nested", "store.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteDisclosureStore(DatabasePath, TimeProvider.System);
        await _store.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static NewRevision Revision(string department, string content, bool? hasErrors = null)
    {
        var disclosure = new BudgetDisclosure { Department = department, Region = new Region("650100", "乌鲁木齐市"), FiscalYear = 2026 };
        Assert.True(DisclosureKey.TryFrom(disclosure, out DisclosureKey? key, out _));
        return new NewRevision(key, content, System.Text.Encoding.UTF8.GetBytes($"{{\"title\":\"{content}\"}}"), null, hasErrors);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection;
    }

    [Fact]
    public void The_file_and_its_folder_are_created_on_first_start()
    {
        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public void The_store_runs_in_wal_mode()
    {
        using SqliteConnection connection = Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Starting_twice_keeps_what_was_stored()
    {
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        await new SqliteDisclosureStore(DatabasePath, TimeProvider.System).InitializeAsync(CancellationToken.None);
        Assert.Equal(1, await _store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_revision_cannot_be_changed_even_by_hand()
    {
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        using SqliteConnection connection = Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE revisions SET title = 'b';";
        SqliteException error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        Assert.Contains("never changed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_revision_cannot_be_deleted_even_by_hand()
    {
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        using SqliteConnection connection = Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM revisions;";
        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public async Task Revisions_of_one_id_are_numbered_from_one_and_the_newest_is_current()
    {
        PublishResult first = await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        PublishResult second = await _store.PublishAsync(Revision("乌鲁木齐市财政局", "b"), CancellationToken.None);
        StoredRevision? current = await _store.GetAsync(first.Revision.Id, null, CancellationToken.None);
        Assert.Equal((1, 2, 2), (first.Revision.Revision, second.Revision.Revision, current!.Info.Revision));
    }

    [Fact]
    public async Task An_identical_document_is_not_stored_twice()
    {
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        PublishResult again = await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        Assert.Equal((false, 1), (again.Created, again.Revision.Revision));
    }

    [Fact]
    public async Task Parallel_publications_of_one_id_get_distinct_consecutive_revisions()
    {
        PublishResult[] results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => _store.PublishAsync(Revision("乌鲁木齐市财政局", $"v{i}"), CancellationToken.None))));
        Assert.Equal(Enumerable.Range(1, 20), results.Select(r => r.Revision.Revision).Order());
    }

    [Fact]
    public async Task An_unknown_id_or_revision_is_not_found()
    {
        PublishResult first = await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a"), CancellationToken.None);
        DisclosureId unknown = DisclosureId.Of("650100", 2026, DisclosurePhase.Budget, "没有的部门");
        Assert.Null(await _store.GetAsync(unknown, null, CancellationToken.None));
        Assert.Null(await _store.GetAsync(first.Revision.Id, 2, CancellationToken.None));
    }

    [Fact]
    public async Task The_error_filter_uses_the_current_revision_only()
    {
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "a", hasErrors: true), CancellationToken.None);
        await _store.PublishAsync(Revision("乌鲁木齐市财政局", "b", hasErrors: false), CancellationToken.None);
        DisclosurePage withErrors = await _store.ListAsync(new DisclosureQuery { HasErrors = true }, CancellationToken.None);
        DisclosurePage withoutErrors = await _store.ListAsync(new DisclosureQuery { HasErrors = false }, CancellationToken.None);
        Assert.Equal((0, 1), (withErrors.Total, withoutErrors.Total));
    }

    [Fact]
    public async Task A_store_from_a_newer_build_is_refused()
    {
        using (SqliteConnection connection = Open())
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => _store.InitializeAsync(CancellationToken.None));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }
}
