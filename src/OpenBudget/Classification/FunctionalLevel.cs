namespace OpenBudget.Classification;

/// <summary>The level of a functional classification code (支出功能分类科目的级次).</summary>
public enum FunctionalLevel
{
    /// <summary>类: a class, 3 digits (e.g. 206 科学技术支出).</summary>
    Class = 0,

    /// <summary>款: a section, 5 digits (e.g. 20604 技术与开发).</summary>
    Section = 1,

    /// <summary>项: an item, 7 digits (e.g. 2060404 科技成果转化与扩散).</summary>
    Item = 2,
}
