namespace OpenBudget.Money;

/// <summary>Why a text is not an amount: the kind of a <see cref="ParseFailure"/>.</summary>
public enum ParseErrorKind
{
    /// <summary>No error; a <see cref="ParseFailure"/> never has this kind.</summary>
    None = 0,

    /// <summary>A character that is not a digit, a thousands separator, a decimal point or a sign, such as a letter.</summary>
    UnexpectedCharacter = 1,

    /// <summary>A plus or minus sign somewhere other than before the first digit.</summary>
    MisplacedSign = 2,

    /// <summary>A second decimal point.</summary>
    SecondDecimalPoint = 3,

    /// <summary>A decimal point without a digit on both sides ("5." or ".5").</summary>
    MisplacedDecimalPoint = 4,

    /// <summary>A thousands separator that does not separate groups of three digits ("1,23.4", "1234,567", ",5").</summary>
    MisplacedGroupSeparator = 5,

    /// <summary>A sign with no digits after it.</summary>
    NoDigits = 6,

    /// <summary>More significant digits than an exact <see cref="decimal"/> holds.</summary>
    TooManyDigits = 7,

    /// <summary>More than 28 decimal places, the most a <see cref="decimal"/> keeps.</summary>
    TooManyDecimalPlaces = 8,

    /// <summary>No unit (元, 万元 or 亿元) after an amount that needs one.</summary>
    MissingUnit = 9,
}
