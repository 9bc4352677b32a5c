using Microsoft.Extensions.Options;

namespace OpenBudget.Api.Options;

/// <summary>Checks the settings on start, so that a wrong setting stops the service with a message rather than failing a request later.</summary>
internal sealed class OpenBudgetOptionsValidator : IValidateOptions<OpenBudgetOptions>
{
    /// <summary>The shortest API key accepted: shorter ones are too easy to guess.</summary>
    internal const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, OpenBudgetOptions options)
    {
        var failures = new List<string>();
        for (int i = 0; i < options.ApiKeys.Count; i++)
        {
            if (options.ApiKeys[i] is not { } key || key.Length < MinimumKeyLength || key.Trim().Length != key.Length)
            {
                failures.Add($"OpenBudget:ApiKeys:{i} must be at least {MinimumKeyLength} characters without surrounding spaces.");
            }
        }

        LimitOptions limits = options.Limits;
        Require(failures, limits.MaxRequestBodyBytes is >= 1024 and <= 1L << 30, "OpenBudget:Limits:MaxRequestBodyBytes must be between 1 KiB and 1 GiB.");
        Require(failures, limits.MaxJsonDepth is >= 8 and <= 256, "OpenBudget:Limits:MaxJsonDepth must be between 8 and 256.");
        Require(failures, limits.MaxPdfPages is >= 1 and <= 10_000, "OpenBudget:Limits:MaxPdfPages must be between 1 and 10000.");
        Require(failures, limits.PdfReadTimeout > TimeSpan.Zero && limits.PdfReadTimeout <= TimeSpan.FromMinutes(10), "OpenBudget:Limits:PdfReadTimeout must be more than zero and at most 10 minutes (e.g. 00:00:20).");
        Require(failures, limits.MaxPageSize is >= 1 and <= 1000, "OpenBudget:Limits:MaxPageSize must be between 1 and 1000.");
        Require(failures, limits.DefaultPageSize >= 1 && limits.DefaultPageSize <= limits.MaxPageSize, "OpenBudget:Limits:DefaultPageSize must be between 1 and MaxPageSize.");
        Require(failures, limits.WritesPerMinute >= 1, "OpenBudget:Limits:WritesPerMinute must be at least 1.");
        Require(failures, options.CacheMaxAgeSeconds >= 0, "OpenBudget:CacheMaxAgeSeconds must not be negative.");
        Require(failures, options.Store.CacheBytes >= 0, "OpenBudget:Store:CacheBytes must not be negative.");
        Require(failures, !string.IsNullOrWhiteSpace(options.Store.Path), "OpenBudget:Store:Path is empty and no default folder could be found; set it.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Add(message);
        }
    }
}
