namespace CrmGraph.Api.Tests.Customers;

/// <summary>查重 on createCustomer and the likelyDuplicates query, on both engines.</summary>
public sealed class CustomerDuplicateTests
{
    private const string Create = """
        mutation($input: CreateCustomerInput!) {
          createCustomer(input: $input) {
            customer { id name phone source }
            errors { __typename ... on Error { code message } ... on DuplicateCustomerError { field matches { name matchedOn } } }
          }
        }
        """;

    [EngineFact]
    public async Task A_likely_duplicate_is_refused_with_its_matches_unless_created_anyway(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        await api.PostAsync(token, Create, new { input = new { name = "上海星辰科技有限公司", kind = "ORGANIZATION", phone = "+86 138-0013-8000", source = "EXHIBITION" } });

        var samePhone = await api.PostAsync(
            token, Create, new { input = new { name = "星辰 (分公司)", kind = "ORGANIZATION", phone = "13800138000" } });
        var sameCompany = await api.PostAsync(
            token, Create, new { input = new { name = "上海 星辰科技 股份有限公司", kind = "ORGANIZATION" } },
            acceptLanguage: "zh-CN");
        var anyway = await api.PostAsync(token, Create, new { input = new { name = "星辰 (分公司)", kind = "ORGANIZATION", phone = "13800138000", createAnyway = true } });

        samePhone.ToString().MatchSnapshot(new Snapshooter.SnapshotNameExtension("phone"));
        sameCompany.Data!["createCustomer"]!["errors"]![0]!["matches"]![0]!["matchedOn"]!.GetValue<string>()
            .ShouldBe("COMPANY_NAME");
        sameCompany.Data!["createCustomer"]!["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("公司名称");
        anyway.Data!["createCustomer"]!["customer"].ShouldNotBeNull();
        (await api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(2);
    }

    [EngineFact]
    public async Task Likely_duplicates_are_listed_for_details_or_for_a_customer(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var first = (await api.PostAsync(token, Create, new { input = new { name = "李四", kind = "INDIVIDUAL", email = "Li.Si@Example.cn" } })).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.PostAsync(token, Create, new { input = new { name = "李四 (新号)", kind = "INDIVIDUAL", email = "li.si@example.cn", createAnyway = true } });

        var byDetails = await api.PostAsync(
            token, """{ likelyDuplicates(email: " LI.SI@example.cn ") { name matchedOn } }""");
        var byCustomer = await api.PostAsync(
            token, "query($id: ID!) { likelyDuplicates(customerId: $id) { name matchedOn } }", new { id = first });

        byDetails.Data!["likelyDuplicates"]!.AsArray().Count.ShouldBe(2);
        byCustomer.Data!["likelyDuplicates"]!.AsArray().Single()!["name"]!.GetValue<string>().ShouldBe("李四 (新号)");
    }
}
