using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenBudget.Classification;
using OpenBudget.Cli.Bulk;
using OpenBudget.Cli.Json;
using OpenBudget.Disclosures;
using OpenBudget.Json;
using OpenBudget.Synthetic;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget generate</c>: writes a synthetic corpus of consistent disclosures (模拟部门预算公开), optionally with known injected errors, for scale tests and demonstrations.</summary>
internal static class GenerateCommand
{
    private const string City = "示范市";

    /// <summary>Builds the command with its options.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var departments = new Option<int>("--departments", "-d")
        {
            Description = "How many departments; department i spends under functional class i mod the number of classes, so "
                + $"{SyntheticDisclosureGenerator.FunctionalClasses(ClassificationCatalogues.AvailableYears[^1]).Count} or more cover every class of the {ClassificationCatalogues.AvailableYears[^1]} catalogue.",
            Required = true,
        };
        var years = new Option<int>("--years", "-y")
        {
            Description = "How many consecutive fiscal years per department.",
            DefaultValueFactory = _ => 1,
        };
        var startYear = new Option<int>("--start-year")
        {
            Description = "The first fiscal year; a year without its own catalogue uses the nearest the tool holds, as the validator does.",
            DefaultValueFactory = _ => ClassificationCatalogues.AvailableYears[^1],
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "The seed; the same seed and options always give the same files.",
            DefaultValueFactory = _ => 1,
        };
        var inject = new Option<int>("--inject-errors")
        {
            Description = "How many disclosures get one printed cell changed; _manifest.json lists each with the findings the validator must report.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write, new or empty: <year>/<disclosure id>.json and _manifest.json.",
            Required = true,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        foreach (Option<int> positive in new[] { departments, years })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1.");
                }
            });
        }

        inject.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--inject-errors must not be negative.");
            }
        });

        var command = new Command(
            "generate",
            "Write a synthetic corpus of consistent budget disclosures as JSON, one file per disclosure, across every functional class; "
            + "with --inject-errors, that many disclosures carry one wrong figure each, listed in _manifest.json.\n"
            + "Example: openbudget generate --departments 100 --years 3 --seed 7 --inject-errors 5 -o corpus")
        {
            departments,
            years,
            startYear,
            seed,
            inject,
            output,
            quiet,
        };
        command.SetAction(parsed => Run(
            new CorpusPlan(parsed.GetValue(departments), parsed.GetValue(years), parsed.GetValue(startYear), parsed.GetValue(seed), parsed.GetValue(inject)),
            parsed.GetRequiredValue(output),
            parsed.GetValue(quiet),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CorpusPlan plan, string folder, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        int count = plan.Departments * plan.Years;
        if (plan.InjectErrors > count)
        {
            stderr.WriteLine($"--inject-errors {plan.InjectErrors} is more than the {count} disclosures of the corpus.");
            return ExitCodes.UsageError;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            stderr.WriteLine($"The folder '{folder}' is not empty; give a new or empty folder.");
            return ExitCodes.UsageError;
        }

        Directory.CreateDirectory(folder);
        IReadOnlyList<string> classes = SyntheticDisclosureGenerator.FunctionalClasses(ClassificationCatalogues.Nearest(plan.StartYear).Year);
        HashSet<int> injected = plan.Injected(count);
        var validator = new DisclosureValidator();
        var progress = new BulkProgress(stderr, "generated", count, BulkProgress.ModeFor(stderr, quiet));
        var entries = new List<InjectedErrorEntry>();
        var failures = new List<string>();
        IEnumerable<int> items = Enumerable.Range(0, count);
        foreach (BulkOutcome<int, InjectedErrorEntry?> outcome in BulkRunner.Run(items, i => Write(plan, classes, i, injected.Contains(i), validator, folder), Environment.ProcessorCount))
        {
            if (!outcome.Succeeded)
            {
                failures.Add($"disclosure {outcome.Input}: {outcome.Error.Message}");
            }
            else if (outcome.Result is { } entry)
            {
                entries.Add(entry);
            }

            progress.Step();
        }

        progress.Finish();
        if (failures.Count > 0)
        {
            failures.ForEach(stderr.WriteLine);
            return ExitCodes.UsageError;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        var manifest = new CorpusManifest
        {
            Seed = plan.Seed,
            Departments = plan.Departments,
            Years = plan.Years,
            StartYear = plan.StartYear,
            Disclosures = count,
            FunctionalClasses = classes,
            InjectedErrors = entries,
        };
        File.WriteAllText(Path.Combine(folder, CorpusManifest.FileName), JsonSerializer.Serialize(manifest, CliJsonContext.Output.CorpusManifest) + Environment.NewLine);
        stdout.WriteLine(
            $"Wrote {count.ToString("N0", CultureInfo.InvariantCulture)} disclosures ({plan.Departments.ToString("N0", CultureInfo.InvariantCulture)} departments × {plan.Years} years from {plan.StartYear}, seed {plan.Seed}) "
            + $"to {folder}, {entries.Count} with an injected error; manifest {Path.Combine(folder, CorpusManifest.FileName)}.");
        return ExitCodes.Success;
    }

    /// <summary>Builds, writes and, when chosen, breaks disclosure <paramref name="index"/>; returns the manifest entry of an injected error.</summary>
    private static InjectedErrorEntry? Write(CorpusPlan plan, IReadOnlyList<string> classes, int index, bool inject, DisclosureValidator validator, string folder)
    {
        int department = index / plan.Years;
        int year = plan.StartYear + (index % plan.Years);
        string functionalClass = classes[department % classes.Count];
        var shape = new Random(CorpusPlan.Mix(plan.Seed, department, -1));
        var options = new SyntheticDisclosureOptions
        {
            FiscalYear = year,
            CatalogueYear = ClassificationCatalogues.Nearest(year).Year,
            Department = DepartmentName(department, functionalClass, classes.Count, year),
            FunctionalClass = functionalClass,
            Units = 2 + shape.Next(4),
            ProjectsPerUnit = 1 + shape.Next(5),
            CarryOverProjectsPerUnit = shape.Next(3),
            FunctionalItems = 3 + shape.Next(8),
        };
        BudgetDisclosure disclosure = new SyntheticDisclosureGenerator(options).Generate(CorpusPlan.Mix(plan.Seed, department, year));
        InjectedErrorEntry? entry = null;
        string id = DisclosureIds.For(disclosure);
        string name = string.Create(CultureInfo.InvariantCulture, $"{year}/{id}.json");
        if (inject)
        {
            var choice = new Random(CorpusPlan.Mix(plan.Seed, index, -2));
            decimal delta = (100 + choice.Next(99_901)) / 100m;
            InjectedError error = SyntheticDisclosureGenerator.InjectError(disclosure, choice.Next(), delta);
            disclosure = error.Disclosure;
            entry = new InjectedErrorEntry(name, id, error.JsonPointer, error.Original, error.Changed, Expected(validator.Validate(disclosure), error));
        }

        string path = Path.Combine(folder, year.ToString(CultureInfo.InvariantCulture), id + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            OpenBudgetJson.Serialize(stream, disclosure);
        }

        return entry;
    }

    /// <summary>The error findings an injected change causes; each must name the changed cell, as its location or one of its terms, or the injection is not the only error.</summary>
    private static List<ExpectedFinding> Expected(ValidationReport report, InjectedError error)
    {
        Finding[] errors = [.. report.Findings.Where(f => f.Verdict == Verdict.Error)];
        Finding? stray = errors.FirstOrDefault(f => f.Location.JsonPointer != error.JsonPointer && f.Terms.All(t => t.JsonPointer != error.JsonPointer));
        if (errors.Length == 0 || stray is not null)
        {
            throw new InvalidOperationException(
                stray is null
                    ? $"No rule caught the change of {error.JsonPointer} from {error.Original} to {error.Changed}."
                    : $"{stray.RuleId} at {stray.Location.JsonPointer} does not involve the changed cell {error.JsonPointer}.");
        }

        return [.. errors.Select(f => new ExpectedFinding(f.RuleId, f.Location.JsonPointer))];
    }

    /// <summary>Names department <paramref name="index"/> after its class, e.g. 示范市教育局 for 205 教育支出; later rounds through the classes get a district: 示范市第1区教育局.</summary>
    private static string DepartmentName(int index, string functionalClass, int classCount, int year)
    {
        ClassificationCatalogues catalogues = ClassificationCatalogues.Nearest(year);
        string name = catalogues.Functional.Classes.First(e => e.Code.ToString() == functionalClass).Name;
        string stem = name.EndsWith("支出", StringComparison.Ordinal) ? name[..^2] : name;
        int round = index / classCount;
        return round == 0 ? $"{City}{stem}局" : string.Create(CultureInfo.InvariantCulture, $"{City}第{round}区{stem}局");
    }

    /// <summary>What to generate.</summary>
    private sealed record CorpusPlan(int Departments, int Years, int StartYear, int Seed, int InjectErrors)
    {
        /// <summary>Chooses which disclosures (by index) get an error, from the seed.</summary>
        public HashSet<int> Injected(int count)
        {
            var random = new Random(Mix(Seed, -3, -3));
            var chosen = new HashSet<int>();
            while (chosen.Count < InjectErrors)
            {
                chosen.Add(random.Next(count));
            }

            return chosen;
        }

        /// <summary>Mixes a seed with two numbers into a seed (SplitMix64 finaliser), the same on every platform and run, unlike <see cref="HashCode"/>.</summary>
        public static int Mix(int seed, int a, int b)
        {
            ulong x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)a * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)b * 0xBF58476D1CE4E5B9UL));
            x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
            x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
            x ^= x >> 31;
            return (int)(x & 0x7FFF_FFFF);
        }
    }
}
