using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// graphql-cop's remaining checks against the production error surface: debug errors, tracing, GET and form-POST
/// CSRF, batching. Its other checks are tested where their limit lives: alias overloading, field duplication, directive
/// overloading and circular fragments in <see cref="OperationLimitsTests"/>, introspection and field suggestions in
/// <see cref="ProductionHardeningTests"/>.
/// </summary>
public sealed class GraphQLCopChecksTests
{
    private static readonly Dictionary<string, string> Production =
        new() { ["Crm:GraphQL:EnableIntrospection"] = "false" };

    [EngineFact]
    public async Task An_unexpected_failure_is_masked_with_a_correlation_id_and_leaks_no_detail(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        var token = await api.TokenAsync("admin");
        await api.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE follow_up_records"));
        using var client = api.CreateClient(token);

        using var response = await client.PostAsJsonAsync(
            "/graphql", new { query = "{ followUpRecords(first: 5) { nodes { content } } }" });
        var body = await response.Content.ReadAsStringAsync();

        var error = JsonNode.Parse(body)!["errors"]![0]!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTERNAL_ERROR", body);
        error["extensions"]!["correlationId"]!.GetValue<string>()
            .ShouldBe(response.Headers.GetValues("X-Correlation-Id").Single());
        foreach (var leak in new[] { "follow_up_records", "Exception", "   at ", "Sqlite", "Npgsql", "SELECT", "stack" })
        {
            body.ShouldNotContain(leak, Case.Insensitive, $"the answer to a failure leaks '{leak}': {body}");
        }
    }

    [EngineFact]
    public async Task Errors_carry_no_debug_or_tracing_extensions(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        var token = await api.TokenAsync("admin");

        var invalid = await api.PostAsync(token, "query { thisFieldDoesNotExist }");
        var valid = await api.PostAsync(token, "{ me { login } }");

        invalid.ToString().ShouldNotContain("stack", Case.Insensitive);
        invalid.ToString().ShouldNotContain("exception", Case.Insensitive);
        (valid.Body["extensions"]?["tracing"]).ShouldBeNull();
        (invalid.Body["extensions"]?["tracing"]).ShouldBeNull();
    }

    [EngineFact]
    public async Task Neither_a_GET_mutation_nor_a_form_post_nor_an_oversized_batch_runs(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        using var client = api.CreateClient(await api.TokenAsync("admin"));
        var mutation = "mutation { createCustomer(input: { name: \"CSRF 客户\", kind: ORGANIZATION }) { customer { id " +
            "} } }";

        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));
        using var form = await client.PostAsync(
            "/graphql", new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = mutation }));
        using var multipart = await client.PostAsync("/graphql", new MultipartFormDataContent { { new StringContent($$"""{"query":"{{mutation.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}"""), "operations" }, { new StringContent("{}"), "map" } });
        using var batch = await client.PostAsJsonAsync("/graphql", Enumerable.Repeat(new { query = mutation }, 11));

        (get.StatusCode, form.StatusCode, multipart.StatusCode, batch.StatusCode).ShouldBe((
            HttpStatusCode.MethodNotAllowed, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.BadRequest,
            HttpStatusCode.BadRequest));
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
    }
}
