using System.Net;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Production (introspection off): the schema reaches tools through introspection and /graphql/schema.graphql only for
/// roles in Crm:GraphQL:SchemaReaderRoles (Admin, Supervisor by default), including their personal API tokens;
/// anonymous callers and other roles are refused both ways.
/// </summary>
public sealed class SchemaAccessTests
{
    private const string CreateToken =
        "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { created { secret } } }";

    private static readonly Dictionary<string, string> Production =
        new() { ["Crm:GraphQL:EnableIntrospection"] = "false" };

    private static readonly string SchemaFile =
        Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "schema", "crm.graphql");

    [EngineFact]
    public async Task A_supervisors_read_only_API_token_introspects_and_downloads_the_same_SDL_as_the_checked_in_file(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        var session = await api.EnrollAsync("boss", UserRole.Supervisor);
        var created = await api.PostAsync(
            session, CreateToken, new { input = new { name = "codegen", scope = "READ_ONLY" } });
        var apiToken = created.Data!["createApiToken"]!["created"]!["secret"]!.GetValue<string>();

        var schema = await api.PostAsync(
            apiToken, "{ __schema { queryType { name } } __type(name: \"Customer\") { name } }");
        using var client = api.CreateClient(apiToken);
        using var download = await client.GetAsync("/graphql/schema.graphql");

        schema.Errors.ShouldBeNull(schema.ToString());
        schema.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>().ShouldBe("Query");
        schema.Data!["__type"]!["name"]!.GetValue<string>().ShouldBe("Customer");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/graphql");
        (await download.Content.ReadAsStringAsync()).ShouldBe(await File.ReadAllTextAsync(SchemaFile));
    }

    [EngineFact]
    public async Task A_salesperson_is_refused_introspection_and_the_SDL_with_a_reason(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        var token = await api.EnrollAsync("sales1", UserRole.Salesperson);

        var schema = await api.PostAsync(token, "{ __schema { queryType { name } } }");
        using var client = api.CreateClient(token);
        using var download = await client.GetAsync("/graphql/schema.graphql");

        schema.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTROSPECTION_DISABLED");
        schema.Errors![0]!["message"]!.GetValue<string>().ShouldContain("you are Salesperson");
        download.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await download.Content.ReadAsStringAsync()).ShouldNotContain("type Query");
    }

    [EngineFact]
    public async Task An_anonymous_caller_is_refused_introspection_and_the_SDL(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, Production);
        using var client = api.CreateClient();

        using var schema = await client.PostAsync("/graphql", new StringContent(
            "{\"query\":\"{ __schema { queryType { name } } }\"}", System.Text.Encoding.UTF8, "application/json"));
        using var download = await client.GetAsync("/graphql/schema.graphql");

        (await schema.Content.ReadAsStringAsync()).ShouldNotContain("\"queryType\":{");
        schema.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        download.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        download.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
    }

    [EngineFact]
    public async Task With_no_reader_roles_even_an_admin_is_refused(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine, new Dictionary<string, string>(Production)
        {
            ["Crm:GraphQL:SchemaReaderRoles"] = "",
        });
        var token = await api.TokenAsync("admin");

        var schema = await api.PostAsync(token, "{ __type(name: \"Customer\") { name } }");
        using var client = api.CreateClient(token);
        using var download = await client.GetAsync("/graphql/schema.graphql");

        schema.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTROSPECTION_DISABLED");
        download.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
