using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmGraph.Api.Tests.Operations;

/// <summary>
/// The README's backup commands, exercised: a backup of the live database is restored into a new database, and a new
/// server finds the customer (with the decrypted phone) and the follow-up there.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string CustomerName = "备份测试客户";
    private const string Phone = "139-1234-5678";
    private const string FollowUpContent = "备份前的跟进：确认预算";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crmgraph-backup", Guid.NewGuid().ToString("N"));

    [EngineFact]
    public async Task A_backup_restored_into_a_new_database_gives_a_new_server_the_customer_and_follow_up(Engine engine)
    {
        await using var live = await TestApi.StartAsync(engine);
        await using var reader = engine == Engine.Sqlite ? await KeepOpenAsync(live) : null;
        await SeedAsync(live);

        await using var restored =
            engine == Engine.Sqlite ? await BackupAndRestoreSqliteAsync(live) : await DumpAndRestorePostgresAsync(live);

        await ShouldFindTheDataAsync(restored);
        (await live.PostAsync(await live.TokenAsync("admin"), "{ customers { totalCount } }")).Data![
            "customers"]!["totalCount"]!.GetValue<int>().ShouldBe(1, "the live server carries on");
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_an_existing_file_and_leaves_it_as_it_was()
    {
        await using var live = await TestApi.StartAsync(Engine.Sqlite);
        var liveFile = new SqliteConnectionStringBuilder(await ConnectionStringAsync(live)).DataSource;
        var target = Path.Combine(_root, "crm-backup.db");
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(target, "yesterday's backup");

        var (exitCode, output) = await RunVerbInProcessAsync(
            new() { ["Crm:DataDirectory"] = Path.GetDirectoryName(liveFile)! }, "backup", target);

        exitCode.ShouldBe(1);
        output.ShouldContain($"Refusing to overwrite '{target}': it already exists.");
        (await File.ReadAllTextAsync(target)).ShouldBe("yesterday's backup");
    }

    [Fact]
    public async Task Backup_on_postgres_refuses_and_names_the_pg_dump_command()
    {
        var target = Path.Combine(_root, "crm.dump");
        var settings = new Dictionary<string, string?>
        {
            ["Crm:DataDirectory"] = Path.Combine(_root, "data"),
            ["Crm:Database:Provider"] = "Postgres",
            ["Crm:Database:ConnectionString"] =
                "Host=db.internal;Port=5433;Username=crm;Password=secret;Database=crm",
        };

        var (exitCode, output) = await RunVerbInProcessAsync(settings, "backup", target);

        exitCode.ShouldBe(1);
        output.ShouldContain($"pg_dump -Fc -h db.internal -p 5433 -U crm -d crm -f {target}");
        output.ShouldContain("pg_restore --no-owner");
        output.ShouldNotContain("secret");
        File.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public async Task Backup_without_a_file_explains_the_usage()
    {
        var (exitCode, output) = await RunVerbInProcessAsync(
            new() { ["Crm:DataDirectory"] = Path.Combine(_root, "data") }, "backup");

        exitCode.ShouldBe(2);
        output.ShouldContain("Usage: dotnet run --project src/Api -- backup <file>");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // The backup verb on the live database (the server holds it open), then the file copied into a new data folder.
    private async Task<TestApi> BackupAndRestoreSqliteAsync(TestApi live)
    {
        var liveFile = new SqliteConnectionStringBuilder(await ConnectionStringAsync(live)).DataSource;
        var target = Path.Combine(_root, "backups", "crm-2026-03-02.db");
        new FileInfo(liveFile + "-wal").Length.ShouldBeGreaterThan(
            0, "the seeded rows are still in the write-ahead log, as on a busy server");

        var (exitCode, output) = await RunVerbAsync(
            new() { ["Crm__DataDirectory"] = Path.GetDirectoryName(liveFile)! }, "backup", target);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("field-encryption.json");
        output.ShouldContain("jwt-signing.key");
        output.TrimEnd()
            .Split('\n')[^1].ShouldBe($"Backed up {liveFile} to {target} ({new FileInfo(target).Length} bytes).");
        var bytes = await File.ReadAllBytesAsync(target);
        Contains(bytes, CustomerName).ShouldBeTrue("the backup holds the customer");
        Contains(bytes, "13912345678").ShouldBeFalse("the phone is sealed in the backup too");
        Contains(bytes, Phone).ShouldBeFalse("the phone is sealed in the backup too");

        var restoredDirectory = Path.Combine(_root, "restored");
        Directory.CreateDirectory(restoredDirectory);
        File.Copy(target, Path.Combine(restoredDirectory, "crm.db"));
        return TestApi.Start(
            Engine.Sqlite, restoredDirectory, $"Data Source={Path.Combine(restoredDirectory, "crm.db")};Pooling=False");
    }

    // The README's pg_dump -Fc / createdb / pg_restore --no-owner, with the harness's binaries and connection.
    private async Task<TestApi> DumpAndRestorePostgresAsync(TestApi live)
    {
        var connection = new NpgsqlConnectionStringBuilder(await ConnectionStringAsync(live));
        var dump = Path.Combine(_root, "crm.dump");
        Directory.CreateDirectory(_root);
        var restoredName = connection.Database + "_restored";

        await PgAsync(connection, "pg_dump", "-Fc", "-d", connection.Database!, "-f", dump);
        await PgAsync(connection, "createdb", restoredName);
        await PgAsync(connection, "pg_restore", "--no-owner", "-d", restoredName, dump);

        var restoredDirectory = Path.Combine(_root, "restored");
        Directory.CreateDirectory(restoredDirectory);
        var restoredConnection = new NpgsqlConnectionStringBuilder(
            connection.ConnectionString)
        { Database = restoredName, Pooling = false }.ConnectionString;
        return TestApi.Start(Engine.Postgres, restoredDirectory, restoredConnection);
    }

    private static async Task SeedAsync(TestApi api)
    {
        var token = await api.TokenAsync("admin");
        var created = await api.PostAsync(token, $$"""mutation { createCustomer(input: { name: "{{CustomerName}}", kind: INDIVIDUAL, phone: "{{Phone}}" }) { customer { id } } }""");
        var id = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var recorded = await api.PostAsync(token, $$"""mutation { recordFollowUp(input: { customerId: "{{id}}", happenedAt: "2026-03-02T00:30:00Z", channel: PHONE, purpose: NEEDS_DISCOVERY, content: "{{FollowUpContent}}" }) { recorded { record { id } } errors { ... on Error { code } } } }""");
        recorded.Data!["recordFollowUp"]!["recorded"]!["record"]!["id"].ShouldNotBeNull(recorded.ToString());
    }

    private static async Task ShouldFindTheDataAsync(TestApi restored)
    {
        var token = await restored.TokenAsync("admin");
        var found = await restored.PostAsync(token, "{ customers { totalCount nodes { name phone lastFollowUp { " +
            "content channel } } } followUpRecords { totalCount nodes { content } } }");

        found.Errors.ShouldBeNull(found.ToString());
        var customer = found.Data!["customers"]!["nodes"]![0]!;
        found.Data!["customers"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        customer["name"]!.GetValue<string>().ShouldBe(CustomerName);
        customer["phone"]!.GetValue<string>().ShouldBe(Phone);
        customer["lastFollowUp"]!["content"]!.GetValue<string>().ShouldBe(FollowUpContent);
        customer["lastFollowUp"]!["channel"]!.GetValue<string>().ShouldBe("PHONE");
        found.Data!["followUpRecords"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        var duplicate = await restored.PostAsync(
            token, "{ likelyDuplicates(phone: \"13912345678\") { name matchedOn } }");
        duplicate.Data!["likelyDuplicates"]![0]!["name"]!.GetValue<string>()
            .ShouldBe(CustomerName, duplicate.ToString());
    }

    // A second connection held open, as a pooled production server holds its own: the last connection to close would
    // otherwise checkpoint the write-ahead log into crm.db, and a plain file copy would look as good as a backup.
    private static async Task<SqliteConnection> KeepOpenAsync(TestApi live)
    {
        var connection = new SqliteConnection(await ConnectionStringAsync(live));
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT count(*) FROM customers";
        await read.ExecuteScalarAsync();
        return connection;
    }

    private static Task<string> ConnectionStringAsync(TestApi api) =>
        api.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan()
        .IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    // The machine's PostgreSQL tools (the harness's binaries, so the versions match the server), connecting as the
    // harness does.
    private static async Task PgAsync(NpgsqlConnectionStringBuilder connection, string tool, params string[] arguments)
    {
        var bin = PostgresServer.BinDirectory ?? throw new InvalidOperationException(
            $"{tool} not found: install the PostgreSQL client tools.");
        var start = new ProcessStartInfo(
            Path.Combine(bin, tool))
        { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-h", connection.Host!, "-p", connection.Port.ToString(
            System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username! }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (connection.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        var (exitCode, output) = await RunAsync(start);
        exitCode.ShouldBe(0, $"{tool} {string.Join(' ', arguments)}: {output}");
    }

    private static Task<(int ExitCode, string Output)> RunVerbAsync(
        Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(
            "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrmGraph.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return RunAsync(start);
    }

    // The verb in this process (no .NET start-up); the backup of the live database above runs the real executable.
    private static async Task<(int ExitCode, string Output)> RunVerbInProcessAsync(
        Dictionary<string, string?> settings, params string[] arguments)
    {
        var (exitCode, output, error) = await CommandLine.ApiVerb.RunAsync(settings, arguments);
        return (exitCode, output + error);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
