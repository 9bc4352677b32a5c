using System.CommandLine;
using System.Globalization;
using OpenBudget.Cli.Bulk;
using OpenBudget.Disclosures;
using OpenBudget.Export;
using OpenBudget.Parquet;
using OpenBudget.Validation;

namespace OpenBudget.Cli.Commands;

/// <summary><c>openbudget export</c>: writes the tidy amounts (and the findings) of one disclosure file or a folder of them as CSV, Parquet or a Fiscal Data Package, streaming.</summary>
internal static class ExportCommand
{
    private const string Csv = "csv";
    private const string Parquet = "parquet";
    private const string Fdp = "fdp";
    private const string AmountsName = "amounts";
    private const string FindingsName = "findings";
    private const int FindingsRowGroupSize = 16_384;

    /// <summary>Builds the command with its argument and options.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var input = new Argument<string>("path")
        {
            Description = "A disclosure as JSON, or a folder: every *.json file under it (names starting with _ or . skipped).",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (amounts.csv), parquet (amounts.parquet) or fdp (a Fiscal Data Package: datapackage.json + amounts.csv).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(Csv, Parquet, Fdp);
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write into; created when missing, files of the same names replaced.",
            Required = true,
        };
        var partition = new Option<string?>("--partition-by")
        {
            Description = "year: Hive-style partitions amounts/year=2026/part-0000.csv (or .parquet), and findings/year=… with --findings; csv and parquet only.",
        };
        partition.AcceptOnlyFromAmong("year");
        var findings = new Option<bool>("--findings")
        {
            Description = "Also validate each disclosure and write every finding as one row (findings.csv or findings.parquet), joinable to the amounts by (disclosure_id, pointer).",
        };
        var strict = new Option<bool>("--strict") { Description = "With --findings: treat every difference as an error." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "How many files are read (and validated) at once; rows are written in file order whatever the number (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });

        var command = new Command(
            "export",
            "Export the printed amounts of a disclosure, or of every disclosure in a folder, as one tidy row per amount (and, with --findings, one row per validation finding). "
            + "A file that cannot be read is listed and the rest are exported; the exit code is then 2.\n"
            + "Example: openbudget export corpus --format parquet --partition-by year --findings -o out")
        {
            input,
            format,
            output,
            partition,
            findings,
            strict,
            quiet,
            parallel,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new ExportRequest(
                parsed.GetRequiredValue(input),
                parsed.GetRequiredValue(format),
                parsed.GetRequiredValue(output),
                parsed.GetValue(partition) is not null,
                parsed.GetValue(findings),
                parsed.GetValue(strict),
                parsed.GetValue(quiet),
                parsed.GetValue(parallel)),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ExportRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (request.Partitioned && request.Format == Fdp)
        {
            stderr.WriteLine("--partition-by applies to csv and parquet; a Fiscal Data Package is one amounts.csv.");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<DisclosureFile> files;
        try
        {
            files = DisclosureFolder.List(request.Input);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot read '{request.Input}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        Directory.CreateDirectory(request.Output);
        DisclosureValidator? validator = request.Findings ? new DisclosureValidator(new ValidationOptions { Strict = request.Strict }) : null;
        var tally = new ExportTally(new BulkProgress(stderr, "exported", files.Count, BulkProgress.ModeFor(stderr, request.Quiet)));
        IEnumerable<BulkOutcome<DisclosureFile, ExportItem>> outcomes = BulkRunner.Run(files, file => Load(file, validator), request.Parallel, cancellationToken);
        try
        {
            if (request.Format == Fdp)
            {
                await WriteFiscalDataPackageAsync(request, outcomes, tally, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteTablesAsync(request, outcomes, tally, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TidyExportException ex)
        {
            tally.Progress.Finish();
            stderr.WriteLine($"Export stopped: {ex.Message}");
            return ExitCodes.UsageError;
        }

        tally.Progress.Finish();
        foreach ((string file, string error) in tally.Unreadable)
        {
            stderr.WriteLine($"{file}: {error}");
        }

        stdout.WriteLine(
            $"Exported {N(tally.Amounts)} amounts{(request.Findings ? $" and {N(tally.Findings)} findings" : "")} of {N(tally.Disclosures)} {(tally.Disclosures == 1 ? "disclosure" : "disclosures")} "
            + $"to {request.Output} ({request.Format}{(request.Partitioned ? ", partitioned by year" : "")})"
            + (tally.Unreadable.Count > 0 ? $"; {N(tally.Unreadable.Count)} of {N(files.Count)} files could not be read." : "."));
        return tally.Unreadable.Count > 0 ? ExitCodes.UsageError : ExitCodes.Success;
    }

    /// <summary>The per-file step: read the disclosure and, for findings, validate it.</summary>
    private static ExportItem Load(DisclosureFile file, DisclosureValidator? validator)
    {
        BudgetDisclosure disclosure = DisclosureReader.Read(file);
        return new ExportItem(disclosure, validator?.Validate(disclosure));
    }

    private static async Task WriteTablesAsync(ExportRequest request, IEnumerable<BulkOutcome<DisclosureFile, ExportItem>> outcomes, ExportTally tally, CancellationToken cancellationToken)
    {
        string extension = request.Format;
        ITidyWriter<TidyAmountRow> amounts = request.Partitioned
            ? TidyPartitions.ForAmounts(Path.Combine(request.Output, AmountsName), extension, AmountWriter(extension))
            : AmountWriter(extension)(File.Create(Path.Combine(request.Output, $"{AmountsName}.{extension}")));
        await using (amounts.ConfigureAwait(false))
        {
            ITidyWriter<TidyFindingRow>? findings = !request.Findings ? null
                : request.Partitioned ? TidyPartitions.ForFindings(Path.Combine(request.Output, FindingsName), extension, FindingWriter(extension))
                : FindingWriter(extension)(File.Create(Path.Combine(request.Output, $"{FindingsName}.{extension}")));
            try
            {
                foreach (BulkOutcome<DisclosureFile, ExportItem> outcome in outcomes)
                {
                    if (tally.Take(outcome) is not { } item)
                    {
                        continue;
                    }

                    foreach (TidyAmountRow row in TidyExport.Rows(item.Disclosure))
                    {
                        await amounts.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                    }

                    if (findings is not null && item.Report is not null)
                    {
                        foreach (TidyFindingRow row in TidyExport.Findings(item.Disclosure, item.Report))
                        {
                            await findings.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            finally
            {
                if (findings is not null)
                {
                    await findings.DisposeAsync().ConfigureAwait(false);
                    tally.Findings = findings.RowsWritten;
                }
            }

            tally.Amounts = amounts.RowsWritten;
        }
    }

    private static async Task WriteFiscalDataPackageAsync(ExportRequest request, IEnumerable<BulkOutcome<DisclosureFile, ExportItem>> outcomes, ExportTally tally, CancellationToken cancellationToken)
    {
        CsvFindingsWriter? findings = request.Findings ? new CsvFindingsWriter(File.Create(Path.Combine(request.Output, $"{FindingsName}.csv"))) : null;
        try
        {
            tally.Amounts = await FiscalDataPackageWriter.WriteAsync(PackageRows(outcomes, tally, findings), request.Output, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (findings is not null)
            {
                tally.Findings = findings.RowsWritten;
                findings.Dispose();
            }
        }
    }

    /// <summary>The amount rows of every readable disclosure, in file order, writing each one's findings as it goes (the package writer takes a plain sequence).</summary>
    private static IEnumerable<TidyAmountRow> PackageRows(IEnumerable<BulkOutcome<DisclosureFile, ExportItem>> outcomes, ExportTally tally, CsvFindingsWriter? findings)
    {
        foreach (BulkOutcome<DisclosureFile, ExportItem> outcome in outcomes)
        {
            if (tally.Take(outcome) is not { } item)
            {
                continue;
            }

            foreach (TidyAmountRow row in TidyExport.Rows(item.Disclosure))
            {
                yield return row;
            }

            if (findings is not null && item.Report is not null)
            {
                foreach (TidyFindingRow row in TidyExport.Findings(item.Disclosure, item.Report))
                {
                    findings.Write(row);
                }
            }
        }
    }

    private static Func<Stream, ITidyWriter<TidyAmountRow>> AmountWriter(string format)
        => format == Parquet ? stream => new ParquetTidyWriter(stream) : stream => new CsvTidyWriter(stream);

    /// <summary>Findings rows carry two messages each (about 1 KB), so their Parquet row groups are smaller than the amounts': a partition's
    /// open findings file then holds at most <see cref="FindingsRowGroupSize"/> rows in memory, not 131,072.</summary>
    private static Func<Stream, ITidyWriter<TidyFindingRow>> FindingWriter(string format)
        => format == Parquet ? stream => new ParquetFindingsWriter(stream, new ParquetExportOptions { RowGroupSize = FindingsRowGroupSize }) : stream => new CsvFindingsWriter(stream);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record ExportRequest(string Input, string Format, string Output, bool Partitioned, bool Findings, bool Strict, bool Quiet, int Parallel);

    private sealed record ExportItem(BudgetDisclosure Disclosure, ValidationReport? Report);

    /// <summary>Counts what was exported and keeps the files that could not be read.</summary>
    private sealed class ExportTally(BulkProgress progress)
    {
        public BulkProgress Progress { get; } = progress;

        public int Disclosures { get; private set; }

        public long Amounts { get; set; }

        public long Findings { get; set; }

        public List<(string File, string Error)> Unreadable { get; } = [];

        /// <summary>Counts an outcome; returns its disclosure, or <see langword="null"/> when the file failed.</summary>
        public ExportItem? Take(BulkOutcome<DisclosureFile, ExportItem> outcome)
        {
            Progress.Step();
            if (!outcome.Succeeded)
            {
                Unreadable.Add((outcome.Input.Name, DisclosureReader.Describe(outcome.Error)));
                return null;
            }

            Disclosures++;
            return outcome.Result;
        }
    }
}
