using System.Reflection;

namespace CrmGraph.Api.Tests.CommandLine;

/// <summary>help, --help, -h, unknown verbs and --version answer at once and never create or open a database.</summary>
public sealed class CommandLineHelpTests : IDisposable
{
    private static readonly string[] VerbLines =
        ["token", "migrate", "reencrypt", "import", "export", "backup", "help"];

    private readonly string _dataDirectory =
        Path.Combine(Path.GetTempPath(), "crmgraph-cli-help", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_every_verb_with_its_options_and_exits_2_without_a_database(string word)
    {
        var (exitCode, output, _) = await ApiProcess.RunAsync(_dataDirectory, word);

        exitCode.ShouldBe(2);
        ShouldDescribeEveryVerb(output);
        Directory.Exists(_dataDirectory).ShouldBeFalse("help must not create the data directory or a database");
    }

    [Fact]
    public async Task An_unknown_verb_is_named_with_the_usage_on_stderr_and_exits_2_without_a_database()
    {
        var (exitCode, output, error) = await ApiProcess.RunAsync(_dataDirectory, "migrat");

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("Unknown verb 'migrat'.");
        ShouldDescribeEveryVerb(error);
        Directory.Exists(_dataDirectory).ShouldBeFalse("a mistyped verb must not start the server");
    }

    [Fact]
    public async Task Help_does_not_touch_an_existing_database()
    {
        Directory.CreateDirectory(_dataDirectory);
        var database = Path.Combine(_dataDirectory, "crm.db");
        await File.WriteAllTextAsync(database, "not a database");
        var written = File.GetLastWriteTimeUtc(database);

        var (exitCode, _, _) = await ApiProcess.RunAsync(_dataDirectory, "--help");

        exitCode.ShouldBe(2);
        (await File.ReadAllTextAsync(database)).ShouldBe("not a database");
        File.GetLastWriteTimeUtc(database).ShouldBe(written);
        Directory.GetFiles(_dataDirectory).ShouldBe([database]);
    }

    [Fact]
    public async Task Version_prints_the_informational_version_without_build_metadata()
    {
        var (exitCode, output, _) = await ApiProcess.RunAsync(_dataDirectory, "--version");

        exitCode.ShouldBe(0);
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!
            .InformationalVersion.Split('+')[0];
        output.Trim().ShouldBe(expected);
        output.ShouldNotContain("+");
        Directory.Exists(_dataDirectory).ShouldBeFalse();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static void ShouldDescribeEveryVerb(string text)
    {
        foreach (var verb in VerbLines)
        {
            text.ShouldContain($"\n  {verb} ", customMessage: $"the usage has no line for '{verb}'");
        }

        foreach (var option in new[] { "--hours", "--dry-run", "--on-duplicate", "--format", "--english", "--as", "--version" })
        {
            text.ShouldContain(option);
        }

        Api.CommandLine.Verbs.ShouldAllBe(v => VerbLines.Contains(v));
    }
}
