using System.Text.Json.Serialization;
using OpenBudget.Money;

namespace OpenBudget.Disclosures;

/// <summary>A name with an amount, as prose lists them ("培训费0.50万元、劳务费30.50万元").</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="Amount">The amount as printed.</param>
/// <param name="Unit">The unit the amount is printed in.</param>
public sealed record NamedAmount([property: JsonRequired] string Name, [property: JsonRequired] Amount Amount, PresentationUnit Unit = PresentationUnit.TenThousandYuan);
