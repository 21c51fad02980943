namespace CrmGraph.Api.Tests.Customers;

public sealed class CustomerIdempotencyTests
{
    private const string Create = """
        mutation($input: CreateCustomerInput!) {
          createCustomer(input: $input) { customer { id name } errors { __typename ... on Error { code message } } }
        }
        """;

    [EngineFact]
    public async Task Retrying_with_the_same_key_returns_the_same_customer_and_creates_one(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var input = new { name = "重试客户", kind = "INDIVIDUAL", idempotencyKey = "7f1c-retry" };

        var first = await api.PostAsync(token, Create, new { input });
        var second = await api.PostAsync(token, Create, new { input });

        second.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>()
            .ShouldBe(first.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>());
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(1);
    }

    [EngineFact]
    public async Task Concurrent_retries_with_one_key_create_exactly_one_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var input = new { name = "并发客户", kind = "ORGANIZATION", idempotencyKey = "burst-1" };

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 12).Select(_ => api.PostAsync(token, Create, new { input })));

        responses.Select(
            r => r.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>()).Distinct().Count().ShouldBe(1);
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(1);
    }

    [EngineFact]
    public async Task Reusing_a_key_for_different_input_is_a_typed_error(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");

        await api.PostAsync(
            token, Create, new { input = new { name = "甲", kind = "INDIVIDUAL", idempotencyKey = "k1" } });
        var reused = await api.PostAsync(
            token, Create, new { input = new { name = "乙", kind = "INDIVIDUAL", idempotencyKey = "k1" } });

        reused.Data!["createCustomer"]!["errors"]![0]!["code"]!.GetValue<string>().ShouldBe("IDEMPOTENCY_KEY_REUSED");
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(1);
    }
}
