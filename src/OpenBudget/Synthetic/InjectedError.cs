using OpenBudget.Disclosures;

namespace OpenBudget.Synthetic;

/// <summary>A disclosure with one printed cell changed on purpose, and where: so that a test knows which identities must fail.</summary>
/// <param name="Disclosure">The changed disclosure.</param>
/// <param name="JsonPointer">The JSON Pointer of the changed cell, e.g. "/tables/1/rows/3/cells/total".</param>
/// <param name="Original">The amount printed before.</param>
/// <param name="Changed">The amount printed now.</param>
public sealed record InjectedError(BudgetDisclosure Disclosure, string JsonPointer, decimal Original, decimal Changed);
