using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenBudget.Api.Bulk;

/// <summary>The names of bulk files: "openbudget-{year}-{amounts|findings}.{csv|parquet}", and the same with ".sha256" for the checksum.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Content">"amounts" or "findings".</param>
/// <param name="Format">"csv" or "parquet".</param>
internal sealed partial record BulkFileName(int Year, string Content, string Format)
{
    internal const string ChecksumSuffix = ".sha256";

    internal static readonly (string Content, string Format)[] Kinds = [("amounts", "csv"), ("amounts", "parquet"), ("findings", "csv"), ("findings", "parquet")];

    /// <summary>Gets the file's name.</summary>
    internal string Name => string.Create(CultureInfo.InvariantCulture, $"openbudget-{Year}-{Content}.{Format}");

    /// <summary>Gets the media type the file is served as.</summary>
    internal string MediaType => Format == "csv" ? "text/csv; charset=utf-8; header=present" : "application/vnd.apache.parquet";

    /// <summary>Reads a requested name: a bulk file's or its checksum's.</summary>
    /// <param name="text">The requested name.</param>
    /// <param name="name">The bulk file it names.</param>
    /// <param name="checksum">Whether the checksum file was asked for.</param>
    /// <returns><see langword="true"/> when the text is such a name.</returns>
    internal static bool TryParse(string text, [NotNullWhen(true)] out BulkFileName? name, out bool checksum)
    {
        Match match = Pattern().Match(text);
        if (!match.Success)
        {
            (name, checksum) = (null, false);
            return false;
        }

        name = new BulkFileName(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), match.Groups["content"].Value, match.Groups["format"].Value);
        checksum = match.Groups["checksum"].Success;
        return true;
    }

    [GeneratedRegex(@"^openbudget-(?<year>[1-9][0-9]{3})-(?<content>amounts|findings)\.(?<format>csv|parquet)(?<checksum>\.sha256)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
