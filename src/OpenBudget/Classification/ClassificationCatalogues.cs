using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;

namespace OpenBudget.Classification;

/// <summary>The code lists of one fiscal year's 政府收支分类科目, embedded in the package as data files.</summary>
/// <remarks>
/// Each year is a folder of CSV files (functional.csv, economic-department.csv, economic-government.csv,
/// funding-sources.csv), so a later year or a corrected entry is a data change, not a code change.
/// </remarks>
public sealed class ClassificationCatalogues
{
    private const string ResourcePrefix = "OpenBudget.Classification.Data.";
    private static readonly ConcurrentDictionary<int, ClassificationCatalogues> Loaded = new();
    private static readonly Lazy<int[]> Years = new(FindYears);

    private ClassificationCatalogues(
        int year,
        ClassificationCatalogue<FunctionalCode> functional,
        ClassificationCatalogue<EconomicCode> economicDepartment,
        ClassificationCatalogue<EconomicCode> economicGovernment,
        FundingSourceCatalogue fundingSources)
    {
        Year = year;
        Functional = functional;
        EconomicDepartment = economicDepartment;
        EconomicGovernment = economicGovernment;
        FundingSources = fundingSources;
    }

    /// <summary>Gets the fiscal years whose catalogues the package holds, in ascending order.</summary>
    public static IReadOnlyList<int> AvailableYears => Years.Value;

    /// <summary>Gets the fiscal year.</summary>
    public int Year { get; }

    /// <summary>Gets the functional classification (支出功能分类科目).</summary>
    public ClassificationCatalogue<FunctionalCode> Functional { get; }

    /// <summary>Gets the department economic classification (部门预算支出经济分类科目, 301–399).</summary>
    public ClassificationCatalogue<EconomicCode> EconomicDepartment { get; }

    /// <summary>Gets the government economic classification (政府预算支出经济分类科目, 501–599).</summary>
    public ClassificationCatalogue<EconomicCode> EconomicGovernment { get; }

    /// <summary>Gets the funding-source list (资金来源).</summary>
    public FundingSourceCatalogue FundingSources { get; }

    /// <summary>Gets the catalogues of a fiscal year.</summary>
    /// <param name="year">The fiscal year, e.g. 2026.</param>
    /// <returns>The catalogues.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The package holds no catalogue for that year; the message lists those it holds.</exception>
    public static ClassificationCatalogues ForYear(int year)
        => TryForYear(year, out ClassificationCatalogues? catalogues)
            ? catalogues
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"No classification catalogue for {year}; the package holds {string.Join(", ", AvailableYears)}.");

    /// <summary>Tries to get the catalogues of a fiscal year.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="catalogues">The catalogues, when the package holds that year.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool TryForYear(int year, [NotNullWhen(true)] out ClassificationCatalogues? catalogues)
    {
        if (Array.BinarySearch(Years.Value, year) < 0)
        {
            catalogues = null;
            return false;
        }

        catalogues = Loaded.GetOrAdd(year, Load);
        return true;
    }

    /// <summary>Gets the catalogues of the year itself or, failing that, of the nearest year the package holds (later years first when equally near).</summary>
    /// <param name="year">The fiscal year wanted.</param>
    /// <returns>The catalogues; their <see cref="Year"/> says which year they are.</returns>
    public static ClassificationCatalogues Nearest(int year)
    {
        int[] years = Years.Value;
        if (years.Length == 0)
        {
            throw new InvalidOperationException("Sequence contains no elements");
        }

        int best = years[0];
        foreach (int candidate in years)
        {
            int distance = Math.Abs(candidate - year);
            int bestDistance = Math.Abs(best - year);
            if (distance < bestDistance || (distance == bestDistance && candidate > best))
            {
                best = candidate;
            }
        }

        return ForYear(best);
    }

    private static int[] FindYears()
    {
        var years = new SortedSet<int>();
        foreach (string name in typeof(ClassificationCatalogues).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.Length > ResourcePrefix.Length + 4
                && int.TryParse(name.AsSpan(ResourcePrefix.Length, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                years.Add(year);
            }
        }

        return [.. years];
    }

    private static ClassificationCatalogues Load(int year)
    {
        var functional = new ClassificationCatalogue<FunctionalCode>(ClassificationScheme.Functional, year, ReadCoded<FunctionalCode>(year, "functional.csv"));
        var economicDepartment = new ClassificationCatalogue<EconomicCode>(ClassificationScheme.EconomicDepartment, year, ReadCoded<EconomicCode>(year, "economic-department.csv"));
        var economicGovernment = new ClassificationCatalogue<EconomicCode>(ClassificationScheme.EconomicGovernment, year, ReadCoded<EconomicCode>(year, "economic-government.csv"));
        var fundingSources = new FundingSourceCatalogue(year, ReadFunding(year));
        return new ClassificationCatalogues(year, functional, economicDepartment, economicGovernment, fundingSources);
    }

    private static List<ClassificationEntry<TCode>> ReadCoded<TCode>(int year, string file)
        where TCode : struct, IClassificationCode<TCode>
    {
        string source = $"{year}/{file}";
        using TextReader reader = Open(source);
        var entries = new List<ClassificationEntry<TCode>>();
        foreach ((int line, string[] fields) in CatalogueCsv.Read(reader, source, "code,name,name_en"))
        {
            if (!TCode.TryParse(fields[0], out TCode code, out string? reason))
            {
                throw new InvalidDataException($"{source} line {line}: {reason}");
            }

            if (fields[1].Length == 0)
            {
                throw new InvalidDataException($"{source} line {line}: code {fields[0]} has no name.");
            }

            entries.Add(new ClassificationEntry<TCode>(code, fields[1], fields[2].Length == 0 ? null : fields[2]));
        }

        return entries;
    }

    private static List<FundingSource> ReadFunding(int year)
    {
        string source = $"{year}/funding-sources.csv";
        using TextReader reader = Open(source);
        return [.. CatalogueCsv.Read(reader, source, "key,name,name_en,parent")
            .Select(row => new FundingSource(row.Fields[0], row.Fields[1], row.Fields[2].Length == 0 ? null : row.Fields[2], row.Fields[3].Length == 0 ? null : row.Fields[3]))];
    }

    private static StreamReader Open(string source)
    {
        Assembly assembly = typeof(ClassificationCatalogues).Assembly;
        Stream stream = assembly.GetManifestResourceStream(ResourcePrefix + source)
            ?? throw new InvalidDataException($"The package holds no catalogue file {source}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
