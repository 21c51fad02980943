using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Transport;

/// <summary>
/// ADR-052: a cached document without variables that passed our rules for a rule set, role and credential scope skips
/// them the next time for the same; anyone else, and any document with variables, is still checked every time.
/// </summary>
public sealed class ValidatedDocumentCacheTests
{
    private const string AccessLog = "{ customerAccessLog(first: 5) { totalCount } }";

    [EngineFact]
    public async Task A_field_kept_for_some_roles_is_refused_to_another_after_they_asked_for_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.TokenAsync("admin");
        var supervisor = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();

        (await api.PostAsync(admin, AccessLog)).Errors.ShouldBeNull();
        (await api.PostAsync(admin, AccessLog)).Errors.ShouldBeNull();
        var skippedForAdmin = cache.RulesSkipped;
        (await api.PostAsync(supervisor, AccessLog)).Errors.ShouldBeNull();
        var byAlice = await api.PostAsync(alice, AccessLog);
        var againByAlice = await api.PostAsync(alice, AccessLog);

        skippedForAdmin.ShouldBe(1, "the admin's second request ran none of our rules");
        cache.RulesSkipped.ShouldBe(1, "the supervisor's first and the salesperson's requests were checked");
        byAlice.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        againByAlice.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("ROLE_NOT_ALLOWED");
        againByAlice.Data.ShouldBeNull();
    }

    [Fact]
    public async Task A_mutation_that_passed_with_a_session_token_is_refused_to_a_read_only_token()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        const string Mutation =
            "mutation { createCustomer(input: { name: \"甲\", kind: INDIVIDUAL }) { customer { id } } }";
        var created = await api.PostAsync(
            alice, "mutation { createApiToken(input: { name: \"看板\", scope: READ_ONLY }) { created { secret } } }");
        var readOnly = created.Data!["createApiToken"]!["created"]!["secret"]!.GetValue<string>();

        (await api.PostAsync(alice, Mutation)).Errors.ShouldBeNull();
        (await api.PostAsync(alice, Mutation)).Errors.ShouldBeNull();
        var byToken = await api.PostAsync(readOnly, Mutation);

        byToken.Status.ShouldBe(403);
        byToken.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("READ_ONLY_TOKEN");
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(2);
    }

    [Fact]
    public async Task A_document_with_variables_is_checked_against_each_request_s_values()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var admin = await api.TokenAsync("admin");
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();
        const string Page = "customers(first: $n) { nodes { contacts { id name phone email title weChat address " +
            "notes } deals { id product amount currency status openedAt closedAt lostNote } } }";
        var query = $"query($n: Int) {{ a: {Page} b: {Page} c: {Page} d: {Page} }}";

        (await api.PostAsync(admin, query, new { n = 5 })).Errors.ShouldBeNull();
        (await api.PostAsync(admin, query, new { n = 5 })).Errors.ShouldBeNull();
        var tooCostly = await api.PostAsync(admin, query, new { n = 50 });

        cache.RulesSkipped.ShouldBe(0);
        tooCostly.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("MAX_COMPLEXITY_EXCEEDED");
        tooCostly.Data.ShouldBeNull();
    }
}
