using System.Globalization;
using CrmGraph.RawEndpoint;
using Npgsql;

// The ceiling of our stack (issue #16): the benchmark's three reads as plain SQL over Npgsql, JSON out, no GraphQL,
// no ORM, no authentication. Started by tests/ReadBenchmark/run.sh with --urls and --ConnectionString.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["ConnectionString"]
    ?? throw new InvalidOperationException("Pass --ConnectionString=... (the benchmark's PostgreSQL).");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
var app = builder.Build();

app.MapGet("/salesperson-page", async (NpgsqlDataSource db, Guid me, Guid team, int? n, CancellationToken ct) =>
    Results.Json(await RawReads.PageAsync(db, RawSql.SalespersonPage, ct, ("me", me), ("team", team), ("n", n ?? 50))));
app.MapGet("/owner-page", async (NpgsqlDataSource db, Guid me, Guid team, Guid owner, int? n, CancellationToken ct) =>
    Results.Json(await RawReads.PageAsync(
        db, RawSql.SupervisorOwnerPage, ct, ("me", me), ("team", team), ("owner", owner), ("n", n ?? 50))));
app.MapGet("/customer", async (NpgsqlDataSource db, Guid me, Guid team, Guid id, CancellationToken ct) =>
    await RawReads.DetailAsync(db, me, team, id, ct) is { } detail ? Results.Json(detail) : Results.NotFound());
app.MapGet("/", () => string.Create(CultureInfo.InvariantCulture, $"raw endpoint, {Environment.ProcessId}"));
await app.RunAsync();
