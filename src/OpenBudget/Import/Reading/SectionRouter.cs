namespace OpenBudget.Import.Reading;

/// <summary>Classifies a section by the words of its heading, whatever its numbering and the department's name.</summary>
internal static class SectionRouter
{
    internal static SectionKind Classify(Section section, bool inProjectContext)
    {
        string t = section.Topic;
        bool part = section.Heading?.Numbering == NumberingKind.Part;
        if (t.Contains("部门概况", StringComparison.Ordinal) || (part && t.Contains("概况", StringComparison.Ordinal)))
        {
            return SectionKind.Container;
        }

        if (t.Contains("公开表", StringComparison.Ordinal) || t.EndsWith("预算表", StringComparison.Ordinal) || t.EndsWith("决算表", StringComparison.Ordinal))
        {
            return SectionKind.TablesPart;
        }

        if (t.Contains("名词解释", StringComparison.Ordinal))
        {
            return SectionKind.Glossary;
        }

        if (t.Contains("主要职能", StringComparison.Ordinal) || t.EndsWith("职能", StringComparison.Ordinal) || t.Contains("职责", StringComparison.Ordinal))
        {
            return SectionKind.Functions;
        }

        if (t.Contains("机构设置", StringComparison.Ordinal) || t.Contains("单位构成", StringComparison.Ordinal))
        {
            return SectionKind.Units;
        }

        if (part || t.Contains("其他重要事项", StringComparison.Ordinal) || t.Contains("其他相关情况", StringComparison.Ordinal))
        {
            return SectionKind.Container;
        }

        if (t.Contains("编制说明", StringComparison.Ordinal))
        {
            return SectionKind.BudgetStatement;
        }

        if (t.Contains("三公", StringComparison.Ordinal))
        {
            return SectionKind.ThreePublic;
        }

        if (t.Contains("委托业务费", StringComparison.Ordinal))
        {
            return SectionKind.Commissioned;
        }

        if (t.Contains("结转结余", StringComparison.Ordinal) || t.Contains("结转和结余", StringComparison.Ordinal))
        {
            return SectionKind.CarryOver;
        }

        if (t.Contains("运行经费", StringComparison.Ordinal))
        {
            return SectionKind.AgencyOperating;
        }

        if (t.Contains("政府采购", StringComparison.Ordinal))
        {
            return SectionKind.Procurement;
        }

        if (t.Contains("国有资产", StringComparison.Ordinal) || t.Contains("资产占用", StringComparison.Ordinal) || t.Contains("资产占有", StringComparison.Ordinal))
        {
            return SectionKind.Assets;
        }

        if (t.Contains("绩效", StringComparison.Ordinal))
        {
            return SectionKind.PerformanceSummary;
        }

        if (t.Contains("其他需说明", StringComparison.Ordinal) || t.Contains("其他需要说明", StringComparison.Ordinal))
        {
            return SectionKind.PerformanceNotes;
        }

        if (t.Contains("政府性基金", StringComparison.Ordinal) || t.Contains("国有资本经营", StringComparison.Ordinal))
        {
            return SectionKind.OtherNote;
        }

        if (t.Contains("财政拨款收支", StringComparison.Ordinal) || t.Contains("财政拨款收入支出", StringComparison.Ordinal))
        {
            return SectionKind.FiscalAppropriation;
        }

        if (t.Contains("一般公共预算当年拨款", StringComparison.Ordinal) || t.Contains("一般公共预算拨款情况", StringComparison.Ordinal) || t.Contains("一般公共预算支出情况", StringComparison.Ordinal))
        {
            if (t.Contains("规模", StringComparison.Ordinal))
            {
                return SectionKind.GeneralPublicBudgetScale;
            }

            if (t.Contains("结构", StringComparison.Ordinal))
            {
                return SectionKind.GeneralPublicBudgetStructure;
            }

            if (t.Contains("具体使用", StringComparison.Ordinal) || t.Contains("使用情况", StringComparison.Ordinal))
            {
                return SectionKind.GeneralPublicBudgetByItem;
            }

            return section.Subsections.Any() ? SectionKind.GeneralPublicBudget : SectionKind.GeneralPublicBudgetScale;
        }

        if (t.Contains("规模变化", StringComparison.Ordinal))
        {
            return SectionKind.GeneralPublicBudgetScale;
        }

        if (t.Contains("拨款结构", StringComparison.Ordinal))
        {
            return SectionKind.GeneralPublicBudgetStructure;
        }

        if (t.Contains("具体使用情况", StringComparison.Ordinal))
        {
            return SectionKind.GeneralPublicBudgetByItem;
        }

        if (t.Contains("基本支出", StringComparison.Ordinal))
        {
            return SectionKind.BasicExpenditure;
        }

        if (t.Contains("项目支出", StringComparison.Ordinal))
        {
            return SectionKind.Projects;
        }

        if (t.Contains("收支预算", StringComparison.Ordinal) || t.Contains("收支总预算", StringComparison.Ordinal) || t.Contains("收支总体", StringComparison.Ordinal))
        {
            return SectionKind.Overall;
        }

        if (t.Contains("收入预算", StringComparison.Ordinal) || t.Contains("收入决算", StringComparison.Ordinal))
        {
            return SectionKind.Income;
        }

        if (t.Contains("支出预算", StringComparison.Ordinal) || t.Contains("支出决算", StringComparison.Ordinal))
        {
            return SectionKind.Expenditure;
        }

        if (!inProjectContext && (t.EndsWith("经费情况说明", StringComparison.Ordinal) || t.EndsWith("项目情况说明", StringComparison.Ordinal) || t.StartsWith("项目名称", StringComparison.Ordinal) || t.EndsWith("资金情况说明", StringComparison.Ordinal)))
        {
            return SectionKind.ProjectDescription;
        }

        return SectionKind.Unknown;
    }
}
