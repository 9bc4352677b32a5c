using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OpenBudget.Api.Tests;

/// <summary>The service in memory over its own temporary SQLite file, with one API key and any further settings a test needs.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789abcdef";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Folder = Path.Combine(Path.GetTempPath(), "openbudget-api-tests", Guid.NewGuid().ToString("N"));
        StorePath = Path.Combine(Folder, "store.db");
        _settings = new Dictionary<string, string?>
        {
            ["OpenBudget:Store:Path"] = StorePath,
            ["OpenBudget:ApiKeys:0"] = Key,
        };
        foreach (KeyValuePair<string, string?> setting in settings ?? [])
        {
            if (setting.Value is null)
            {
                _settings.Remove(setting.Key);
            }
            else
            {
                _settings[setting.Key] = setting.Value;
            }
        }
    }

    public string Folder { get; }

    public string StorePath { get; }

    public HttpClient Publisher()
    {
        HttpClient client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (KeyValuePair<string, string?> setting in _settings)
        {
            builder.UseSetting(setting.Key, setting.Value);
        }

        builder.UseEnvironment("Testing");
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
