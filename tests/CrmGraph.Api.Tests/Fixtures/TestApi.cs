using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmGraph.Api.Authentication;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// The real server (Program) in memory, on a fresh database of the given engine, with a fixed clock and sequential
/// ids. <see cref="RestartAsync"/> starts a new server on the same database.
/// </summary>
public sealed class TestApi : IAsyncDisposable
{
    public const string SigningKey = "crmgraph-tests-signing-key-0123456789abcdef";

    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private readonly string _dataDirectory;
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _onLoopback;
    private WebApplicationFactory<Program> _factory;
    private int _disposed;

    private TestApi(
        Engine engine, string dataDirectory, string connectionString, IReadOnlyDictionary<string, string> settings,
        bool onLoopback = false)
    {
        _settings = settings;
        _onLoopback = onLoopback;
        Engine = engine;
        _dataDirectory = dataDirectory;
        _connectionString = connectionString;
        if (engine == Engine.Postgres)
        {
            RecycledDatabases.ServerStarted(connectionString);
        }

        _factory = CreateFactory();
    }

    public Engine Engine { get; }

    public TestClock Clock { get; } = new();

    public SequentialIds Ids { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <summary>The database this server uses (a second node can be started on it).</summary>
    public string ConnectionString => _connectionString;

    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>
    /// The server's <c>/graphql</c> on a real loopback port (Kestrel); only for <see cref="StartOnLoopbackAsync"/>.
    /// </summary>
    public Uri? LoopbackGraphQL { get; private set; }

    /// <summary>
    /// Starts a server on a fresh database; <paramref name="settings"/> configure this server only (e.g.
    /// <c>Crm:GraphQL:EnableIntrospection</c>).
    /// </summary>
    public static async Task<TestApi> StartAsync(Engine engine, IReadOnlyDictionary<string, string>? settings = null)
    {
        var (dataDirectory, connectionString) = await CreateDatabaseAsync(engine, migrated: true);
        return Start(engine, dataDirectory, connectionString, settings);
    }

    /// <summary>
    /// Starts the server on Kestrel on a real loopback port (<see cref="LoopbackGraphQL"/>), for clients with real
    /// sockets.
    /// </summary>
    public static async Task<TestApi> StartOnLoopbackAsync(
        Engine engine, IReadOnlyDictionary<string, string>? settings = null)
    {
        var (dataDirectory, connectionString) = await CreateDatabaseAsync(engine, migrated: true);
        var api = new TestApi(
            engine, dataDirectory, connectionString, settings ?? new Dictionary<string, string>(), onLoopback: true);
        api.Boot();
        return api;
    }

    /// <summary>Starts the server on a database prepared by the test (e.g. at an older migration).</summary>
    public static TestApi Start(
        Engine engine, string dataDirectory, string connectionString, IReadOnlyDictionary<string,
        string>? settings = null)
    {
        var api = new TestApi(engine, dataDirectory, connectionString, settings ?? new Dictionary<string, string>());
        api.Boot();
        return api;
    }

    public static Task<(string DataDirectory, string ConnectionString)> CreateEmptyDatabaseAsync(Engine engine) =>
        CreateDatabaseAsync(engine, migrated: false);

    private static async Task<(string DataDirectory, string ConnectionString)> CreateDatabaseAsync(
        Engine engine, bool migrated)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "crmgraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (engine == Engine.Postgres)
        {
            return (dataDirectory, await PostgresServer.CreateDatabaseAsync(migrated));
        }

        var file = Path.Combine(dataDirectory, "crm.db");
        if (migrated)
        {
            File.Copy(await SqliteTemplate.Value, file);
        }

        return (dataDirectory, $"Data Source={file};Pooling=False");
    }

    /// <summary>
    /// A SQLite database migrated once per run; each test starts on a copy of the file, as PostgreSQL tests start on a
    /// copy of a template database, instead of running the baseline again (ADR-044).
    /// </summary>
    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "crmgraph-tests", $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "crm.db");
        await using (var db = NewContext(Engine.Sqlite, $"Data Source={file};Pooling=False"))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort; the OS cleans the temp folder.
            }
        };
        return file;
    }

    /// <summary>A context of the engine's own type on that database, outside any server.</summary>
    public static CrmDbContext NewContext(Engine engine, string connectionString) => engine == Engine.Postgres
        ? new PostgresCrmDbContext(
            new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite(connectionString).Options);

    public HttpClient CreateClient(string? token = null)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public Microsoft.AspNetCore.TestHost.WebSocketClient CreateWebSocketClient() =>
        _factory.Server.CreateWebSocketClient();

    public async Task RestartAsync()
    {
        await _factory.DisposeAsync();
        _factory = CreateFactory();
        Boot();
    }

    private void Boot()
    {
        if (!_onLoopback)
        {
            _ = _factory.Server;
            return;
        }

        _factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        LoopbackGraphQL = new Uri(address.TrimEnd('/') + "/graphql");
    }

    public T WithScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = _factory.Services.CreateScope();
        return action(scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<CrmDbContext, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    public Task<string> TokenAsync(string login) => WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login);
        return WithScope(sp => sp.GetRequiredService<TokenIssuer>().Issue(user));
    });

    /// <summary>Enrolls a user in the admin's team (or the given team) and returns a token for them.</summary>
    public Task<string> EnrollAsync(string login, UserRole role, Guid? teamId = null) => WithDbAsync(async db =>
    {
        var team = teamId
            ?? (await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin)).TeamId;
        var user = User.Enroll(Ids.NewId(), login, login.ToUpperInvariant(), role, team, Clock.GetUtcNow());
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return WithScope(sp => sp.GetRequiredService<TokenIssuer>().Issue(user));
    });

    public Task<Guid> FoundTeamAsync(string name) => WithDbAsync(async db =>
    {
        var team = CrmGraph.Domain.Teams.Team.Found(Ids.NewId(), name, null, Clock.GetUtcNow());
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    });

    /// <summary>POSTs a GraphQL request and returns the status and the parsed body.</summary>
    public async Task<GraphQLResponse> PostAsync(
        string token, string query, object? variables = null, string? acceptLanguage = null)
    {
        using var client = CreateClient(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    public async ValueTask DisposeAsync()
    {
        // Once only: a second stop would count this server out of its database twice (RecycledDatabases).
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _factory.DisposeAsync();
        if (Engine == Engine.Postgres)
        {
            PostgresServer.ReleaseConnections(_connectionString);
            await RecycledDatabases.ServerStoppedAsync(_connectionString);
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans the temp folder.
        }
    }

    private WebApplicationFactory<Program> CreateFactory() => new WebApplicationFactory<Program>()
        .WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Crm:DataDirectory", _dataDirectory);
        builder.UseSetting("Crm:Database:Provider", Engine.ToString());
        builder.UseSetting("Crm:Database:ConnectionString", _connectionString);
        builder.UseSetting("Crm:Auth:SigningKey", SigningKey);
        foreach (var (key, value) in TestEncryptionKeys.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Crm:Jobs:Enabled", "false");
        builder.UseSetting("Crm:RateLimits:PerTokenPerMinute", "100000");
        builder.UseSetting("Crm:RateLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("Crm:RateLimits:PerAddressWithTokenPerMinute", "100000");

        // The 3-second connection_init limit is a wall-clock budget a busy machine misses between a test's upgrade and
        // its init; the test of the limit sets its own.
        builder.UseSetting("Crm:WebSockets:ConnectionInitTimeout", Eventually.OuterBound.ToString());
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (ServerErrorLog.FromEnvironment() is { } errors)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(errors));
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IIdGenerator>();
            services.AddSingleton<IIdGenerator>(Ids);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(SqlCommands);
            SharedSchema.UseIn(services);
        });
    });
}

public sealed record GraphQLResponse(int Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
