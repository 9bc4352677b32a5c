using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenBudget.Cli.Commands;

namespace OpenBudget.Cli.Json;

/// <summary>The tool's JSON output, source-generated: camelCase, indented, absent values left out, Chinese written as is.</summary>
[JsonSerializable(typeof(CodeReport))]
[JsonSerializable(typeof(FolderValidationSummary))]
[JsonSerializable(typeof(CorpusManifest))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context the tool writes with; UnsafeRelaxedJsonEscaping keeps 科学技术支出 readable instead of \u79d1…, which is safe for output that is not embedded in HTML.</summary>
    internal static CliJsonContext Output { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
