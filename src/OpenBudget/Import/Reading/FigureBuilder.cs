using OpenBudget.Classification;
using OpenBudget.Collections;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>A stated figure being read from prose.</summary>
internal sealed class FigureBuilder
{
    internal string Subject { get; set; } = "";

    internal string? Key { get; set; }

    internal FunctionalCode? Functional { get; set; }

    internal Amount Amount { get; set; }

    internal PresentationUnit Unit { get; set; } = PresentationUnit.TenThousandYuan;

    internal Amount Share { get; set; }

    internal ChangeDirection? Direction { get; set; }

    internal Amount ChangeAmount { get; set; }

    internal Amount Rate { get; set; }

    internal string? ComparedWith { get; set; }

    internal string? Reason { get; set; }

    internal bool Undisclosed { get; set; }

    internal string? Purpose { get; set; }

    internal List<NamedAmount> Parts { get; } = [];

    internal bool LeadsParts { get; set; }

    internal bool Enumerated { get; set; }

    internal bool HasChange => Direction is not null;

    internal StatedFigure Build() => new()
    {
        Subject = Subject,
        Key = Key,
        Functional = Functional,
        Amount = Amount,
        Unit = Unit,
        SharePercent = Share,
        Change = Direction is ChangeDirection direction
            ? new YearOverYearChange { Direction = direction, Amount = ChangeAmount, RatePercent = Rate, ComparedWith = ComparedWith, Reason = Reason }
            : null,
        Undisclosed = Undisclosed,
        Purpose = Purpose,
        Parts = Parts.ToEquatableArray(),
    };
}
