namespace OpenBudget.Cli.Commands;

/// <summary>The names of a code's level (级次) by depth: 类/class, 款/section, 项/item.</summary>
internal static class CodeLevels
{
    internal static string English(int depth) => depth switch
    {
        0 => "class",
        1 => "section",
        _ => "item",
    };

    internal static string Chinese(int depth) => depth switch
    {
        0 => "类",
        1 => "款",
        _ => "项",
    };
}
