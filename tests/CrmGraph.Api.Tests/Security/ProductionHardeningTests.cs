using System.Net.Http.Json;

namespace CrmGraph.Api.Tests.Security;

/// <summary>graphql-cop's introspection and field-suggestion checks, and the correlation id of every answer.</summary>
public sealed class ProductionHardeningTests
{
    private static readonly Dictionary<string, string> Production =
        new() { ["Crm:GraphQL:EnableIntrospection"] = "false" };

    [EngineFact]
    public async Task With_introspection_off_the_schema_and_field_suggestions_are_not_served(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        var token = await api.EnrollAsync("sales1", CrmGraph.Domain.Users.UserRole.Salesperson);

        var schema = await api.PostAsync(token, "{ __schema { types { name } } }");
        var type = await api.PostAsync(token, "{ __type(name: \"Customer\") { fields { name } } }");
        var typename = await api.PostAsync(token, "{ __typename }");
        var typo = await api.PostAsync(token, "{ customer { nodes { name } } }");

        schema.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTROSPECTION_DISABLED");
        type.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTROSPECTION_DISABLED");
        typename.Data!["__typename"]!.GetValue<string>().ShouldBe("Query");
        typo.Errors![0]!["message"]!.GetValue<string>().ShouldNotContain("Did you mean");
        typo.Errors![0]!["message"]!.GetValue<string>().ShouldNotContain("customers");
    }

    [EngineFact]
    public async Task Outside_production_introspection_and_suggestions_help_the_developer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");

        var type = await api.PostAsync(token, "{ __type(name: \"Customer\") { name } }");
        var typo = await api.PostAsync(token, "{ customer { nodes { name } } }");

        type.Data!["__type"]!["name"]!.GetValue<string>().ShouldBe("Customer");
        typo.Errors![0]!["message"]!.GetValue<string>().ShouldContain("Did you mean");
    }

    [EngineFact]
    public async Task Every_answer_carries_a_correlation_id_and_a_clients_own_id_is_kept(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        using var client = api.CreateClient();
        using var own = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(
            new { query = "{ __typename }" })
        };
        own.Headers.Add("X-Correlation-Id", "order-4711");
        using var bad = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(
            new { query = "{ __typename }" })
        };
        bad.Headers.Add("X-Correlation-Id", "<script>");

        using var kept = await client.SendAsync(own);
        using var replaced = await client.SendAsync(bad);

        kept.Headers.GetValues("X-Correlation-Id").Single().ShouldBe("order-4711");
        replaced.Headers.GetValues("X-Correlation-Id").Single().ShouldNotBe("<script>");
        replaced.Headers.GetValues("X-Correlation-Id").Single().ShouldNotBeNullOrWhiteSpace();
    }
}
