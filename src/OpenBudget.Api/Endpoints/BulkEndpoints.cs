using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OpenBudget.Api.Bulk;
using OpenBudget.Api.Contracts;
using OpenBudget.Api.Http;

namespace OpenBudget.Api.Endpoints;

/// <summary>Bulk downloads: per fiscal year, the tidy amounts and findings of every disclosure in CSV and Parquet, with SHA-256 checksums.</summary>
public static class BulkEndpoints
{
    /// <summary>Maps GET /v1/bulk and GET /v1/bulk/{file}.</summary>
    /// <param name="v1">The /v1 group.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        RouteGroupBuilder bulk = v1.MapGroup("/bulk").WithTags("Bulk downloads");

        bulk.MapGet("/", Index)
            .WithName("ListBulkFiles")
            .WithSummary("List the bulk files: per fiscal year, tidy amounts and findings in CSV and Parquet, with sizes, SHA-256 checksums and links")
            .WithDescription("Each year's files hold the current revision of each of that year's disclosures, amounts one row per printed cell (schemas/tidy-amounts.v1.schema.json) and findings one row per validation finding. They are written once per change of the year's disclosures, on the first request after it, and renamed into place when complete. Each file has a checksum file beside it, `<name>.sha256`, in sha256sum format, so `sha256sum -c` checks a download.")
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        bulk.MapGet("/{file}", Download)
            .WithName("GetBulkFile")
            .WithSummary("Download a bulk file or its checksum (openbudget-{year}-{amounts|findings}.{csv|parquet}[.sha256])")
            .WithDescription("Served with its SHA-256 as a strong ETag, Last-Modified, and byte ranges (Range, If-Range); If-None-Match answers 304.")
            .Produces(StatusCodes.Status200OK, responseType: null, "text/csv", "application/vnd.apache.parquet", "text/plain")
            .Produces(StatusCodes.Status206PartialContent)
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                if (operation.Responses?.TryGetValue("200", out Microsoft.OpenApi.IOpenApiResponse? ok) == true && ok is Microsoft.OpenApi.OpenApiResponse response)
                {
                    response.Description = "The file: CSV (RFC 4180, UTF-8, header row), Apache Parquet, or the checksum line \"<sha256>  <name>\".";
                    foreach (Microsoft.OpenApi.OpenApiMediaType media in response.Content?.Values ?? [])
                    {
                        media.Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, Format = "binary" };
                    }
                }

                ParameterDocs.Describe(operation, "file", "A name from GET /v1/bulk, or that name with .sha256 for its checksum.", "openbudget-2026-amounts.parquet");
                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return bulk;
    }

    internal static async Task<RepresentationResult<BulkIndex>> Index(BulkDownloads bulk, JsonRepresentations json, CacheControl cache, CancellationToken cancellationToken)
        => new(json.Of(await bulk.IndexAsync(cancellationToken).ConfigureAwait(false)), cache.Changing);

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        string file, HttpContext context, BulkDownloads bulk, CacheControl cache, CancellationToken cancellationToken)
    {
        if (!BulkFileName.TryParse(file, out BulkFileName? name, out bool checksum))
        {
            return TypedResults.Problem(Problems.NotFound($"There is no bulk file '{file}'; names look like openbudget-2026-amounts.parquet, and GET {ApiLinks.Version}/bulk lists them."));
        }

        (BulkFile File, string Path)? found = await bulk.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (found is not { } entry)
        {
            return TypedResults.Problem(Problems.NotFound($"There is no bulk file '{file}': the store holds no disclosure of {name.Year}; GET {ApiLinks.Version}/bulk lists the files."));
        }

        string path = checksum ? entry.Path + BulkFileName.ChecksumSuffix : entry.Path;
        string contentType = checksum ? "text/plain; charset=utf-8" : entry.File.MediaType;
        var etag = new EntityTagHeaderValue($"\"{entry.File.Sha256}{(checksum ? ".sha256" : "")}\"");

        // The open handle keeps these bytes even if a later rewrite renames new files over the name.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        context.Response.Headers.CacheControl = cache.Changing;

        return TypedResults.Stream(stream, contentType, fileDownloadName: checksum ? null : file, lastModified: entry.File.GeneratedAt, entityTag: etag, enableRangeProcessing: true);
    }
}
