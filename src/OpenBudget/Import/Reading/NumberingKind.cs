namespace OpenBudget.Import.Reading;

/// <summary>How a printed line or paragraph is numbered.</summary>
internal enum NumberingKind
{
    /// <summary>Not numbered.</summary>
    None = 0,

    /// <summary>第一部分.</summary>
    Part = 1,

    /// <summary>一、.</summary>
    Chinese = 2,

    /// <summary>（一） or (一).</summary>
    ParenChinese = 3,

    /// <summary>1. 1、 1．.</summary>
    Arabic = 4,

    /// <summary>（1） or (1).</summary>
    ParenArabic = 5,
}
