namespace OpenBudget.Import.Reading;

/// <summary>What a section of prose holds, by its heading.</summary>
internal enum SectionKind
{
    Unknown,
    Container,
    TablesPart,
    Functions,
    Units,
    Glossary,
    BudgetStatement,
    Overall,
    Income,
    Expenditure,
    FiscalAppropriation,
    GeneralPublicBudget,
    GeneralPublicBudgetScale,
    GeneralPublicBudgetStructure,
    GeneralPublicBudgetByItem,
    BasicExpenditure,
    Projects,
    ProjectDescription,
    OtherNote,
    ThreePublic,
    Commissioned,
    CarryOver,
    AgencyOperating,
    Procurement,
    Assets,
    PerformanceSummary,
    PerformanceNotes,
}
