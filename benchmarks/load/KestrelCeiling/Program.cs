// The ceiling of benchmarks/load/run.sh: Kestrel with the API's transport settings (inline scheduling, its memory pool) and
// nothing else (no routing, no middleware, no lookup), answering every request with the bytes of one file, written the way
// the API writes a cached representation.
// What the API gets below this is the cost of its own work; what this gets below nginx is the cost of Kestrel copying the
// body through its output pipe and the socket, where nginx hands the file to the kernel (sendfile).
// Usage: dotnet KestrelCeiling.dll <file> --urls http://127.0.0.1:5182
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using OpenBudget.Api.Hosting;

if (args.Length < 1 || !File.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("usage: KestrelCeiling <file> [--urls http://127.0.0.1:5182]");
    return 2;
}

byte[] body = await File.ReadAllBytesAsync(args[0]);
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.Services.Configure<SocketTransportOptions>(options => options.UnsafePreferInlineScheduling = true);
builder.Services.AddSingleton<IMemoryPoolFactory<byte>, TransportMemoryPoolFactory>();

WebApplication app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
});
await app.RunAsync();
return 0;
