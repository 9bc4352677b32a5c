namespace OpenBudget.Validation;

/// <summary>Where in a disclosure a compared figure is printed.</summary>
internal enum FigureSite : byte
{
    /// <summary>The 100% the stated shares of an explanation group add up to: group.</summary>
    SharesTotal = 0,

    /// <summary>A table cell: table, row, column key.</summary>
    Cell = 1,

    /// <summary>A stated figure of an explanation group: group, part (-1 for the total), field.</summary>
    GroupFigure = 2,

    /// <summary>A project description's size: project.</summary>
    ProjectSize = 3,

    /// <summary>A project description's allocation line: project, line.</summary>
    ProjectAllocation = 4,

    /// <summary>A procurement figure: field.</summary>
    Procurement = 5,

    /// <summary>A state asset holding: holding, field.</summary>
    Asset = 6,

    /// <summary>A performance table's funding: table (-1 for the department table), field, line.</summary>
    PerformanceFunding = 7,

    /// <summary>A performance indicator's weight: table (-1 for the department table), indicator.</summary>
    IndicatorWeight = 8,

    /// <summary>A figure of the performance summary: field.</summary>
    PerformanceSummary = 9,

    /// <summary>A part a stated figure lists ("主要用于：… 21.6 万元"): group, part, line.</summary>
    GroupSubPart = 10,

    /// <summary>The total the indicator weights of a performance table should reach: table (-1 for the department table).</summary>
    WeightsTotal = 11,
}
