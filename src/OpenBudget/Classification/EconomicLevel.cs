namespace OpenBudget.Classification;

/// <summary>The level of an economic classification code (支出经济分类科目的级次).</summary>
public enum EconomicLevel
{
    /// <summary>类: a class, 3 digits (e.g. 302 商品和服务支出).</summary>
    Class = 0,

    /// <summary>款: a section, 5 digits (e.g. 30231 公务用车运行维护费).</summary>
    Section = 1,
}
