namespace OpenBudget.Disclosures;

/// <summary>What a table row stands for.</summary>
public enum RowKind
{
    /// <summary>A named line without a classification code (e.g. 一、本年收入, 公务接待费); its <see cref="TableRow.Key"/> says which.</summary>
    Line = 0,

    /// <summary>A class (类) of the row's classification code.</summary>
    Class = 1,

    /// <summary>A section (款).</summary>
    Section = 2,

    /// <summary>An item (项).</summary>
    Item = 3,

    /// <summary>A budget unit's subtotal heading its block (per-unit tables 7, 11, 12).</summary>
    Unit = 4,

    /// <summary>A project (项目) row.</summary>
    Project = 5,

    /// <summary>The table's total (合计/总计), or a side's total (收入总计/支出总计).</summary>
    Total = 6,
}
