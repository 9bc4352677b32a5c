namespace OpenBudget.Import.Reading;

/// <summary>Where a performance target table (绩效目标表) stands in the input.</summary>
internal sealed record PerformanceBlock(int TitleIndex, int End, string Title);
