using System.Text.Json.Nodes;
using OpenBudget.Disclosures;
using OpenBudget.Import;
using OpenBudget.Json;

namespace OpenBudget.Tests.Import;

/// <summary>The texts the import tests read, and what importing them gives (imported once per test run).</summary>
internal static class ImportFixtures
{
    private static readonly Lazy<ImportResult> SampleResult = new(() => DisclosureImporter.Import(Read("seed/000_204d2c3849ee2a77.txt"), SampleOptions));
    private static readonly Lazy<ImportResult> CommerceResult = new(() => DisclosureImporter.Import(Read("import/shanghai/putuo-commerce-2025-department.txt")));
    private static readonly Lazy<ImportResult> WanliResult = new(() => DisclosureImporter.Import(Read("import/shanghai/putuo-wanli-2024-department.txt")));
    private static readonly Lazy<BudgetDisclosure> ReferenceDisclosure = new(() => OpenBudgetJson.Deserialize(File.ReadAllBytes(PathOf("sample/urumqi-science-2026.json"))));

    /// <summary>Gets what the text cannot say: the region and the publication date of the sample.</summary>
    public static ImportOptions SampleOptions { get; } = new()
    {
        Region = new Region("650100", "乌鲁木齐市"),
        PublishedOn = new DateOnly(2026, 2, 27),
    };

    public static ImportResult Sample => SampleResult.Value;

    public static ImportResult Commerce => CommerceResult.Value;

    public static ImportResult Wanli => WanliResult.Value;

    public static BudgetDisclosure Reference => ReferenceDisclosure.Value;

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Gets the reference disclosure as published JSON.</summary>
    public static JsonNode ReferenceJson { get; } = JsonNode.Parse(File.ReadAllText(PathOf("sample/urumqi-science-2026.json")))!;

    /// <summary>Gets the imported sample as published JSON, so that comparisons see printed decimals.</summary>
    public static JsonNode SampleJson => JsonNode.Parse(OpenBudgetJson.Serialize(Sample.Disclosure!))!;

    /// <summary>Gets the number of elements of an array of the reference, for theory data.</summary>
    public static int ReferenceCount(Func<JsonNode, JsonNode?> select) => select(ReferenceJson)?.AsArray().Count ?? 0;

    /// <summary>Compares two JSON values and fails with the first path where they differ, so that a difference names the field.</summary>
    public static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        string? difference = FirstDifference(expected, actual, path);
        if (difference is not null)
        {
            Assert.Fail(difference);
        }
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (string key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    bool inExpected = e.TryGetPropertyValue(key, out JsonNode? ev);
                    bool inActual = a.TryGetPropertyValue(key, out JsonNode? av);
                    if (inExpected != inActual)
                    {
                        return $"{path}.{key}: the reference {(inExpected ? "has" : "lacks")} it ({ev?.ToJsonString() ?? "null"}), the import {(inActual ? "has" : "lacks")} it ({av?.ToJsonString() ?? "null"})";
                    }

                    if (FirstDifference(ev, av, $"{path}.{key}") is string d)
                    {
                        return d;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                for (int i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is string d)
                    {
                        return d;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: the reference has {e.Count} elements, the import {a.Count}";
            default:
                string expectedText = expected?.ToJsonString() ?? "null";
                string actualText = actual?.ToJsonString() ?? "null";
                return expectedText == actualText ? null : $"{path}: the reference has {expectedText}, the import {actualText}";
        }
    }
}
