using CrmGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Schema;

public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(
        CrmGraph.Tests.Shared.RepositoryPaths.Root, "schema", "crm.graphql");

    [Fact]
    public async Task Checked_in_schema_matches_the_code()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var printed = api.WithScope(sp => Print(sp.GetRequiredService<CrmSchema>()));

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(SchemaFile, printed);
            DeleteSnapshot();
        }

        var checkedIn = File.Exists(SchemaFile) ? await File.ReadAllTextAsync(SchemaFile) : string.Empty;
        printed.ShouldBe(checkedIn, customMessage:
            "schema/crm.graphql differs from the schema the code builds. If the change is intended, regenerate it " +
            "with " +
            "`UPDATE_SCHEMA=1 dotnet test tests/CrmGraph.Api.Tests --filter Checked_in_schema_matches_the_code` and " +
            "review the diff.");
        printed.MatchSnapshot();
    }

    // The snapshot mirrors the file; regenerating the file regenerates the snapshot too.
    private static void DeleteSnapshot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var snapshot = Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__",
            $"{nameof(SchemaTests)}.{nameof(Checked_in_schema_matches_the_code)}.snap");
        File.Delete(snapshot);
    }

    private static string Print(CrmSchema schema) => CrmGraph.Api.Transport.SchemaDocumentEndpoint.Print(schema);
}
