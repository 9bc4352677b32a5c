namespace OpenBudget.Import.Reading;

/// <summary>What a non-amount column of a table holds.</summary>
internal enum LabelRole
{
    /// <summary>A whole code (科目编码).</summary>
    Code = 0,

    /// <summary>The class digits (类).</summary>
    ClassCode = 1,

    /// <summary>The section digits (款).</summary>
    SectionCode = 2,

    /// <summary>The item digits (项).</summary>
    ItemCode = 3,

    /// <summary>The name (科目名称, 项目 in two-sided tables, "三公"经费支出内容).</summary>
    Name = 4,

    /// <summary>The project name (项目名称) beside a 科目名称.</summary>
    Project = 5,
}
