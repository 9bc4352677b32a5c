using OpenBudget.Api.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddOpenBudgetApi();

WebApplication app = builder.Build();
await app.UseOpenBudgetApiAsync();
await app.RunAsync();

/// <summary>The service's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
