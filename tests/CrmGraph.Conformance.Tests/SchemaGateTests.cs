using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// The breaking-change gate (conformance/schema-gate.mjs, graphql-inspector): schema/crm.graphql against the latest
/// file in schema/releases/, and proof on modified copies that each kind of breaking change fails it.
/// </summary>
public sealed class SchemaGateTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string SchemaDirectory = Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "schema");
    private readonly string _work = Directory.CreateTempSubdirectory("crm-schema-gate-").FullName;

    [NodeFact]
    public async Task The_checked_in_schema_breaks_nothing_of_the_latest_release()
    {
        var (exitCode, report) = await GateAsync(Path.Combine(SchemaDirectory, "crm.graphql"),
            Path.Combine(SchemaDirectory, "releases"));

        await ConformanceReports.WriteAsync("schema-gate.txt", report);
        exitCode.ShouldBe(0, report);
        report.ShouldContain("0 breaking");
    }

    // (what, the type definition edited, its text in the release, its text now, the coordinate the gate must name)
    public static TheoryData<string, string, string, string, string> BreakingChanges => new()
    {
        { "a removed field", "type User implements Node ", "  displayName: String!\n", "", "User.displayName" },
        { "a renamed enum value", "enum FollowUpChannel ", "  PHONE\n", "  TELEPHONE\n", "FollowUpChannel.PHONE" },
        { "a looser output", "type Query ", "  me: User!\n", "  me: User\n", "Query.me" },
        { "a stricter input", "input AddContactInput ", "  isKeyDecisionMaker: Boolean\n",
            "  isKeyDecisionMaker: Boolean!\n", "AddContactInput.isKeyDecisionMaker" },
        { "a new required argument", "type Query ", "  me: User!\n", "  me(asOf: DateTime!): User!\n", "Query.me.asOf" },
    };

    [NodeTheory]
    [MemberData(nameof(BreakingChanges))]
    public async Task Each_kind_of_breaking_change_fails_the_gate(
        string change, string definition, string released, string changed, string path)
    {
        var schema = await File.ReadAllTextAsync(Path.Combine(SchemaDirectory, "crm.graphql"));
        var releases = Directory.CreateDirectory(Path.Combine(_work, "releases")).FullName;
        await File.WriteAllTextAsync(Path.Combine(releases, "0.1.0.graphql"), schema);
        var current = Path.Combine(_work, "current.graphql");
        await File.WriteAllTextAsync(current, ReplaceInDefinition(schema, definition, released, changed));

        var (exitCode, report) = await GateAsync(current, releases);

        exitCode.ShouldBe(1, $"{change} was not caught:\n{report}");
        report.ShouldContain($"BREAKING: {path}");
    }

    [NodeFact]
    public async Task A_renamed_type_fails_the_gate()
    {
        var schema = await File.ReadAllTextAsync(Path.Combine(SchemaDirectory, "crm.graphql"));
        var releases = Directory.CreateDirectory(Path.Combine(_work, "releases")).FullName;
        await File.WriteAllTextAsync(Path.Combine(releases, "0.1.0.graphql"), schema);
        var current = Path.Combine(_work, "current.graphql");
        await File.WriteAllTextAsync(
            current, System.Text.RegularExpressions.Regex.Replace(schema, @"\bDeal\b", "Opportunity"));

        var (exitCode, report) = await GateAsync(current, releases);

        exitCode.ShouldBe(1, report);
        report.ShouldContain("BREAKING: WinDealPayload.deal");
    }

    [NodeFact]
    public async Task Removing_what_the_release_deprecated_passes_and_the_newest_release_is_the_one_compared()
    {
        const string Released = """
            type Query { old: String @deprecated(reason: "Use new.") new: String kind(legacy: Int @deprecated, a: Int): Kind }
            enum Kind { A B @deprecated }
            """;
        const string Current = "type Query { new: String kind(a: Int): Kind }\nenum Kind { A }\n";
        var releases = Directory.CreateDirectory(Path.Combine(_work, "releases")).FullName;
        await File.WriteAllTextAsync(Path.Combine(releases, "0.9.0.graphql"), "type Query { gone: String }");
        await File.WriteAllTextAsync(Path.Combine(releases, "0.10.0.graphql"), Released);
        var current = Path.Combine(_work, "current.graphql");
        await File.WriteAllTextAsync(current, Current);

        var (exitCode, report) = await GateAsync(current, releases);

        exitCode.ShouldBe(0, report);
        report.ShouldContain("against release 0.10.0.graphql");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<(int ExitCode, string Report)> GateAsync(string current, string releases)
    {
        await NodeTools.EnsurePackagesAsync();
        var result = await NodeTools.RunAsync("node", ["schema-gate.mjs", current, releases],
            new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
        output.WriteLine(result.Output);
        return result;
    }

    private static string ReplaceInDefinition(string schema, string definition, string old, string replacement)
    {
        var start = schema.IndexOf("\n" + definition, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"the schema has no `{definition}` any more: update this case");
        var at = schema.IndexOf(old, start, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"`{definition}` has no `{old.Trim()}` any more: update this case");
        var from = at;
        if (replacement.Length == 0 && schema.LastIndexOf("\n  \"", at - 1, StringComparison.Ordinal) is var description
            && description >= 0 && schema.IndexOf('\n', description + 1) == at - 1)
        {
            from = description + 1; // a removed member takes its description with it
        }

        return schema[..from] + replacement + schema[(at + old.Length)..];
    }
}
