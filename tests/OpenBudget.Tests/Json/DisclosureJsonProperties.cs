using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Tests.Generators;

namespace OpenBudget.Tests.Json;

/// <summary>Properties of the JSON of arbitrary well-formed disclosures, and of documents broken in one place.</summary>
public class DisclosureJsonProperties
{
    [Property(MaxTest = 60)]
    public Property Written_disclosures_are_valid_under_the_schema() =>
        Prop.ForAll(DisclosureGenerators.Disclosure.ToArbitrary(), disclosure =>
        {
            EvaluationResults results = DisclosureSchema.Evaluate(OpenBudgetJson.SerializeToUtf8Bytes(disclosure));
            return results.IsValid.Label(DisclosureSchema.Errors(results));
        });

    [Property(MaxTest = 200)]
    public Property Written_disclosures_read_back_equal() =>
        Prop.ForAll(DisclosureGenerators.Disclosure.ToArbitrary(), disclosure =>
            disclosure == OpenBudgetJson.Deserialize(OpenBudgetJson.SerializeToUtf8Bytes(disclosure)));

    [Property(MaxTest = 200)]
    public Property Rewriting_what_was_read_gives_identical_bytes() =>
        Prop.ForAll(DisclosureGenerators.Disclosure.ToArbitrary(), disclosure =>
        {
            byte[] written = OpenBudgetJson.SerializeToUtf8Bytes(disclosure);
            return written.AsSpan().SequenceEqual(OpenBudgetJson.SerializeToUtf8Bytes(OpenBudgetJson.Deserialize(written)));
        });

    [Property(MaxTest = 60)]
    public Property A_value_of_the_wrong_type_is_refused_by_the_schema() =>
        Prop.ForAll(DocumentMutations.WrongType.ToArbitrary(), SchemaRefuses);

    [Property(MaxTest = 100)]
    public Property A_value_of_the_wrong_type_is_refused_by_the_reader_at_its_path() =>
        Prop.ForAll(DocumentMutations.WrongType.ToArbitrary(), ReaderRefusesAtThePath);

    [Property(MaxTest = 60)]
    public Property A_missing_required_property_is_refused_by_the_schema() =>
        Prop.ForAll(DocumentMutations.MissingRequired.ToArbitrary(), SchemaRefuses);

    [Property(MaxTest = 100)]
    public Property A_missing_required_property_is_refused_by_the_reader_at_its_object() =>
        Prop.ForAll(DocumentMutations.MissingRequired.ToArbitrary(), ReaderRefusesAtThePath);

    [Property(MaxTest = 60)]
    public Property An_amount_with_three_decimals_is_refused_by_the_schema() =>
        Prop.ForAll(DocumentMutations.ThreeDecimalAmount.ToArbitrary(), SchemaRefuses);

    [Property(MaxTest = 100)]
    public Property An_amount_with_three_decimals_is_refused_by_the_reader_at_its_path() =>
        Prop.ForAll(DocumentMutations.ThreeDecimalAmount.ToArbitrary(), ReaderRefusesAtThePath);

    private static Property SchemaRefuses(DocumentMutation mutation)
        => (!DisclosureSchema.Evaluate(mutation.Utf8).IsValid).Label(mutation.ToString());

    private static Property ReaderRefusesAtThePath(DocumentMutation mutation)
    {
        try
        {
            BudgetDisclosure read = OpenBudgetJson.Deserialize(mutation.Utf8);
            return false.Label($"{mutation}: read without error");
        }
        catch (DisclosureJsonException error)
        {
            return (error.Path == mutation.JsonPath).Label($"{mutation}: reported at {error.Path}: {error.Reason}");
        }
    }
}
