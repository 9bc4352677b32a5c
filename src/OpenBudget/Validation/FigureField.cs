namespace OpenBudget.Validation;

/// <summary>Which field of a stated figure, procurement statement, asset holding or funding a <see cref="FigureRef"/> points at.</summary>
internal enum FigureField : byte
{
    Amount = 0,
    Share = 1,
    ChangeAmount = 2,
    ChangeRate = 3,
    Total = 4,
    Goods = 5,
    Works = 6,
    Services = 7,
    Value = 8,
    Quantity = 9,
    Fiscal = 10,
    Other = 11,
    Line = 12,
    DepartmentAmount = 13,
    FiscalProjectsAmount = 14,
    NonFiscalProjectsAmount = 15,
}
