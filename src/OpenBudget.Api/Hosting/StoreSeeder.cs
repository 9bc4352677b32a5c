using Microsoft.Extensions.Options;
using OpenBudget.Api.Checking;
using OpenBudget.Api.Endpoints;
using OpenBudget.Api.Options;
using OpenBudget.Api.Store;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Validation;

namespace OpenBudget.Api.Hosting;

/// <summary>Creates the store on first start and fills an empty one with the sample disclosure embedded in the service, so that a fresh machine serves real data.</summary>
public sealed class StoreSeeder(IDisclosureStore store, IDisclosureChecker checker, IOptions<OpenBudgetOptions> options, ILogger<StoreSeeder> logger)
{
    /// <summary>The embedded sample: the 2026 budget of the Urumqi Science and Technology Bureau (乌鲁木齐市科学技术局).</summary>
    internal const string SampleResource = "OpenBudget.Api.Seed.urumqi-science-2026.json";

    /// <summary>Creates the store's tables and, when the store is empty and seeding is on, publishes the sample.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (!options.Value.Store.SeedSample || await store.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        BudgetDisclosure sample = LoadSample();
        if (!DisclosureKey.TryFrom(sample, out DisclosureKey? key, out KeyProblem? problem))
        {
            throw new InvalidDataException($"The embedded sample cannot be identified: {problem.Message}");
        }

        ValidationReport report = checker.Check(sample);
        await store.PublishAsync(
            new NewRevision(key, sample.Title, OpenBudgetJson.SerializeToUtf8Bytes(sample), ReportJson.Serialize(report), !report.Summary.Valid),
            cancellationToken).ConfigureAwait(false);
        Log.Seeded(logger, key.Id.Value);
    }

    /// <summary>Reads the embedded sample.</summary>
    /// <returns>The sample disclosure.</returns>
    internal static BudgetDisclosure LoadSample()
    {
        using Stream stream = typeof(StoreSeeder).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidDataException($"The service was built without its sample disclosure ({SampleResource}).");
        return OpenBudgetJson.Deserialize(stream);
    }
}
