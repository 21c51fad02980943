using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmGraph.Api.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL for the test run, started from the machine's own binaries (initdb, pg_ctl) in a temporary
/// directory on a free loopback port, as the <c>postgres</c> user when running as root. Set
/// <c>CRM_TEST_POSTGRES</c> to a connection string to use an existing server instead.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "CRM_TEST_POSTGRES";
    private const string TemplateName = "crm_template";
    private static readonly Lazy<Task<string>> Admin = new(StartAsync);
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private const string DirectoryPrefix = "crmgraph-pg-";

    private static int _databases;

    public static string? BinDirectory { get; } = FindBinDirectory();

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } || BinDirectory is not null
            ? null
            : "PostgreSQL binaries (initdb, pg_ctl) not found: install PostgreSQL 15+ (apt-get install postgresql) " +
                "or set CRM_TEST_POSTGRES to a connection string.";

    /// <summary>
    /// Creates a database for one test: a copy of a template migrated once per run (fast), or an empty one for
    /// tests that migrate themselves.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var admin = await Admin.Value.ConfigureAwait(false);
        var template = migrated ? await Template.Value.ConfigureAwait(false) : null;
        if (migrated && RecycledDatabases.TryTake(out var recycled))
        {
            return recycled!;
        }

        var name = $"crm_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await ExecuteAsync(
            admin, template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}")
            .ConfigureAwait(false);

        // Pooled: a test's requests reuse a few warm backends instead of starting one per connection, the largest
        // cost of a PostgreSQL test (ADR-044). Idle connections close soon, and TestApi clears its pool at the end.
        var connectionString = new NpgsqlConnectionStringBuilder(admin)
        {
            Database = name,
            Pooling = true,
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 1,
        }.ConnectionString;
        if (migrated)
        {
            RecycledDatabases.Created(connectionString);
        }

        return connectionString;
    }

    /// <summary>
    /// Closes the idle pooled connections of a test database (busy ones close when returned): the pool of the string
    /// itself (listener, scheduler) and the EF contexts' pool, whose string adds automatic preparation (ADR-053).
    /// </summary>
    public static void ReleaseConnections(string connectionString)
    {
        var contexts = DatabaseConnection.ResolveForContexts(new CrmOptions
        {
            Database = { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString },
        });
        foreach (var pooled in new[] { connectionString, contexts }.Distinct(StringComparer.Ordinal))
        {
            using var connection = new NpgsqlConnection(pooled);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var admin = await Admin.Value.ConfigureAwait(false);
        var name = $"{TemplateName}_{Environment.ProcessId}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name}").ConfigureAwait(false);
        var connectionString =
            new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        await using (var db = TestApi.NewContext(Engine.Postgres, connectionString))
        {
            await db.Database.MigrateAsync().ConfigureAwait(false);
        }

        await RecycledDatabases.RememberTemplateAsync(connectionString).ConfigureAwait(false);
        return name;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = BinDirectory ?? throw new InvalidOperationException(SkipReason);
        var asRoot = Environment.UserName == "root";
        RemoveLeftovers(bin, asRoot);
        var directory = Path.Combine(
            Path.GetTempPath(), $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(directory);
        if (asRoot)
        {
            await RunAsync("chown", $"postgres:postgres {directory}", asPostgres: false).ConfigureAwait(false);
        }

        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {data} -U postgres -A trust -E UTF8 --no-locale", asRoot)
            .ConfigureAwait(false);
        // No autovacuum: a test database's statistics change only when a test runs ANALYZE/VACUUM itself (the plan
        // tests do). An automatic ANALYZE of a database reused across many tests (ADR-048) changed its planner
        // statistics at a random moment, which made it unfit for reuse and plans depend on the timing (issue #21).
        var settings = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c " +
            "synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c autovacuum=off";
        await RunAsync(
            Path.Combine(bin, "pg_ctl"), $"-D {data} -l {directory}/log -w -t 60 -o \"{settings}\" start", asRoot)
            .ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, directory, asRoot);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>
    /// Clusters of earlier runs whose test process is gone: the test host is often ended before its exit handlers run,
    /// which would leave a server and its files behind on every run of a developer's machine.
    /// </summary>
    private static void RemoveLeftovers(string bin, bool asRoot)
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            var pid = Path.GetFileName(directory)[DirectoryPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                Stop(bin, Path.Combine(directory, "data"), directory, asRoot);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Stop(string bin, string data, string directory, bool asRoot)
    {
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop", asRoot)
                    .GetAwaiter()
                    .GetResult();
            }

            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at process exit; the temporary directory is all that can be left behind.
        }
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): " +
                $"{await output.ConfigureAwait(false)} {await error.ConfigureAwait(false)}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinDirectory()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(
                d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator));
        return candidates.FirstOrDefault(
            d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }

    private static int VersionOf(string directory) =>
        int.TryParse(Path.GetFileName(directory), out var version) ? version : 0;
}
