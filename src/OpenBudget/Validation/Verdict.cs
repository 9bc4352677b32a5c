namespace OpenBudget.Validation;

/// <summary>What a difference between two sides of an identity means.</summary>
public enum Verdict
{
    /// <summary>The difference is within what independent rounding of the printed figures explains: noise, not an error.</summary>
    Rounding = 0,

    /// <summary>The difference is larger than rounding explains: a real disagreement.</summary>
    Error = 1,

    /// <summary>A name, code or text disagrees (no amount is involved).</summary>
    Mismatch = 2,
}
