using System.Text;
using OpenBudget.Cli;

// Chinese names must reach the terminal or pipe as UTF-8 whatever the platform's default.
Console.OutputEncoding = Encoding.UTF8;
return OpenBudgetCli.Run(args, Console.Out, Console.Error);
