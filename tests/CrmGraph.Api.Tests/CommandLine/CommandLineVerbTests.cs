using CrmGraph.Api.Tests.Sheets;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CrmGraph.Api.Tests.CommandLine;

/// <summary>
/// The verbs as an administrator runs them. A token and an import run the real executable (exit code, standard output
/// and error across the process boundary); the other cases run the verb in this process (<see cref="ApiVerb"/>), which
/// skips a .NET start-up per case.
/// </summary>
public sealed class CommandLineVerbTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(
        Path.GetTempPath(), "crmgraph-cli", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Token_on_a_fresh_data_directory_creates_the_database_and_prints_a_token_for_admin_last()
    {
        var (exitCode, output) = await RunAsync("token", "admin");

        exitCode.ShouldBe(0, output);
        var token = new JsonWebTokenHandler().ReadJsonWebToken(output.TrimEnd().Split('\n')[^1].Trim());
        token.Claims.Single(c => c.Type == "login").Value.ShouldBe("admin");
        token.Claims.Single(c => c.Type == "role").Value.ShouldBe("Admin");
        File.Exists(Path.Combine(_dataDirectory, "crm.db")).ShouldBeTrue();
        File.Exists(Path.Combine(_dataDirectory, "jwt-signing.key")).ShouldBeTrue();
    }

    [Fact]
    public async Task Token_for_an_unknown_login_fails_with_a_message()
    {
        var (exitCode, output) = await RunInProcessAsync("token", "nobody");

        exitCode.ShouldBe(1);
        output.ShouldContain("No active user with login 'nobody'.");
    }

    [Fact]
    public async Task Token_with_a_bad_lifetime_explains_the_option()
    {
        var (exitCode, output) = await RunInProcessAsync("token", "admin", "--hours", "soon");

        exitCode.ShouldBe(2);
        output.ShouldContain("--hours needs a positive number");
    }

    [Fact]
    public async Task Migrate_brings_the_database_up_to_date_and_exits()
    {
        var (exitCode, output) = await RunInProcessAsync("migrate");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Database is up to date.");
    }

    [Fact]
    public async Task Import_through_the_executable_exits_3_on_a_refused_file_with_the_refusals_on_standard_output()
    {
        // The sheet verbs' own tests run in the test's process (ApiVerb); this one crosses the process boundary.
        Directory.CreateDirectory(_dataDirectory);
        var file = Path.Combine(_dataDirectory, "bad.csv");
        await File.WriteAllBytesAsync(file, SheetFiles.Csv([["客户名称", "客户等级"], ["好公司", "B级"], ["坏公司", "S级"]]));

        var (exitCode, output, error) = await ApiProcess.RunAsync(_dataDirectory, "import", "customers", file);

        exitCode.ShouldBe(3, output + error);
        output.ShouldContain(
            "Refused, nothing written: bad.csv (sheet 'bad'), 2 rows: 1 created, 0 updated, 0 skipped, 1 refused.");
        output.ShouldContain("bad row 3, column 客户等级: INVALID_CELL: 'S级' is not a grade");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await ApiProcess.RunAsync(_dataDirectory, arguments);
        return (exitCode, output + error);
    }

    private async Task<(int ExitCode, string Output)> RunInProcessAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await ApiVerb.RunAsync(_dataDirectory, arguments);
        return (exitCode, output + error);
    }
}
