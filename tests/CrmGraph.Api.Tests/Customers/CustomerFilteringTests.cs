namespace CrmGraph.Api.Tests.Customers;

public sealed class CustomerFilteringTests
{
    private const string Create = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer " +
        "{ id } errors { __typename } } }";
    private const string List = """
        query($where: CustomerFilterInput, $order: [CustomerSortInput!], $first: Int, $after: String) {
          customers(where: $where, order: $order, first: $first, after: $after) {
            totalCount nodes { name } pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [EngineFact]
    public async Task Text_matching_ignores_case_and_the_n_operators_negate(Engine engine)
    {
        await using var api = await SeededAsync(engine);

        var contains = await ListAsync(api, new { name = new { contains = "xing" } });
        var notContains = await ListAsync(api, new { name = new { ncontains = "XING" } });
        var startsWith = await ListAsync(api, new { name = new { startsWith = "上海" } });
        var exact = await ListAsync(api, new { name = new { eq = "xingchen tech" } });

        contains.ShouldBe(["XINGYUN Trading", "Xingchen Tech"], ignoreOrder: true);
        notContains.ShouldBe(["上海星辰", "Zhang San"], ignoreOrder: true);
        startsWith.ShouldBe(["上海星辰"]);
        exact.ShouldBeEmpty();
    }

    [EngineFact]
    public async Task Fields_are_anded_and_or_lists_combine(Engine engine)
    {
        await using var api = await SeededAsync(engine);

        var and = await ListAsync(api, new { kind = new { eq = "ORGANIZATION" }, name = new { endsWith = "tech" } });
        var or = await ListAsync(api, new { or = new object[] { new { kind = new { eq = "INDIVIDUAL" } }, new { name = new { startsWith = "上海" } } } });
        var inList = await ListAsync(api, new { kind = new { @in = new[] { "INDIVIDUAL" } } });

        and.ShouldBe(["Xingchen Tech"]);
        or.ShouldBe(["Zhang San", "上海星辰"], ignoreOrder: true);
        inList.ShouldBe(["Zhang San"]);
    }

    [EngineFact]
    public async Task Instants_compare_and_ids_filter_by_global_id(Engine engine)
    {
        await using var api = await SeededAsync(engine);
        var token = await api.TokenAsync("admin");
        var adminId = (await api.PostAsync(token, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();

        var later = await ListAsync(api, new { enteredAt = new { gte = TestClock.Start.AddMinutes(2).ToString("O") } });
        var owned = await ListAsync(api, new { ownerId = new { eq = adminId } });
        var wrongType = await api.PostAsync(
            token, List, new { where = new { ownerId = new { eq = "Q3VzdG9tZXI6MDAwMA==" } } });

        later.ShouldBe(["上海星辰", "Zhang San"], ignoreOrder: true);
        owned.Count.ShouldBe(4);
        wrongType.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_FILTER");
    }

    [EngineFact]
    public async Task Order_pages_by_keyset_and_counts_what_matches(Engine engine)
    {
        await using var api = await SeededAsync(engine);
        var token = await api.TokenAsync("admin");

        var first = await api.PostAsync(token, List, new { order = new[] { new { name = "ASC" } }, first = 2 });
        var cursor = first.Data!["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await api.PostAsync(
            token, List, new { order = new[] { new { name = "ASC" } }, first = 2, after = cursor });
        var otherOrder = await api.PostAsync(
            token, List, new { order = new[] { new { enteredAt = "ASC" } }, first = 2, after = cursor });

        Names(first).ShouldBe(["XINGYUN Trading", "Xingchen Tech"]);
        Names(second).ShouldBe(["Zhang San", "上海星辰"]);
        first.Data!["customers"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
        otherOrder.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_CURSOR");
    }

    private static async Task<TestApi> SeededAsync(Engine engine)
    {
        var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        foreach (var (name, kind) in new[] { ("Xingchen Tech", "ORGANIZATION"), (
            "XINGYUN Trading", "ORGANIZATION"), ("上海星辰", "ORGANIZATION"), ("Zhang San", "INDIVIDUAL") })
        {
            (await api.PostAsync(token, Create, new { input = new { name, kind } })).Data![
                "createCustomer"]!["errors"].ShouldBeNull();
            api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        return api;
    }

    private static async Task<List<string>> ListAsync(TestApi api, object where)
    {
        var response = await api.PostAsync(await api.TokenAsync("admin"), List, new { where });
        response.Errors.ShouldBeNull(response.ToString());
        return Names(response);
    }

    private static List<string> Names(GraphQLResponse response) =>
        [.. response.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];
}
