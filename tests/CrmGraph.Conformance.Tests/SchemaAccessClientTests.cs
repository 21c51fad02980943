using Xunit.Abstractions;

namespace CrmGraph.Conformance.Tests;

/// <summary>
/// A Production server (introspection off) as code generators and low-code tools meet it: graphql's
/// getIntrospectionQuery and @graphql-codegen/cli with a supervisor's token; anonymous and a salesperson refused.
/// </summary>
public sealed class SchemaAccessClientTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task Introspection_and_codegen_work_for_a_schema_reader_and_are_refused_to_others()
    {
        await NodeTools.EnsurePackagesAsync();
        await using var server = new RunningServer(settings: new Dictionary<string, string?>
        {
            ["Crm:GraphQL:EnableIntrospection"] = "false",
        });
        var environment = new Dictionary<string, string>
        {
            ["CRM_URL"] = server.GraphQLUrl,
            ["CRM_TOKEN"] = await server.EnrollAsync("boss", CrmGraph.Domain.Users.UserRole.Supervisor),
            ["CRM_OTHER_TOKEN"] = await server.EnrollAsync("sales1", CrmGraph.Domain.Users.UserRole.Salesperson),
        };

        var (exitCode, report) = await NodeTools.RunAsync(
            "node", ["schema-access.mjs"], environment, TimeSpan.FromMinutes(4));

        output.WriteLine(report);
        await ConformanceReports.WriteAsync("schema-access.txt", report);
        exitCode.ShouldBe(0, report);
    }
}
