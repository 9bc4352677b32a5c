namespace OpenBudget.Api.Hosting;

/// <summary>The service's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Filled the empty store with the sample disclosure {Id}.")]
    internal static partial void Seeded(ILogger logger, string id);

    [LoggerMessage(2, LogLevel.Error, "The store did not answer the health check.")]
    internal static partial void StoreDidNotAnswer(ILogger logger, Exception exception);
}
