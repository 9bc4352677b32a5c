namespace OpenBudget.Validation;

/// <summary>The published JSON Schema of validation reports.</summary>
public static class ValidationReportSchema
{
    /// <summary>The schema's stable $id.</summary>
    public const string Id = "https://openbudget.example.org/schemas/validation-report.v1.schema.json";
}
