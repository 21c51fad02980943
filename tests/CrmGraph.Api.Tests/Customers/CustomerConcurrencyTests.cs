using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Customers;

/// <summary>
/// Optimistic concurrency: a change made from a stale read is refused with a typed error, never lost.
/// </summary>
public sealed class CustomerConcurrencyTests
{
    private const string Errors = "errors { __typename ... on Error { code message } ... on StaleVersionError { " +
        "currentVersion } }";

    [EngineFact]
    public async Task A_change_from_a_stale_version_is_refused_and_changes_nothing(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var created = await api.PostAsync(token, "mutation { createCustomer(input: { name: \"星辰科技\", kind: " +
            "ORGANIZATION }) { customer { id version } } }");
        var id = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        const string setTags = "mutation($input: SetCustomerTagsInput!) { setCustomerTags(input: $input) { customer " +
            "{ version tags } " + Errors + " } }";

        var first = await api.PostAsync(
            token, setTags, new { input = new { customerId = id, expectedVersion = 0, tags = new[] { "first" } } });
        var stale = await api.PostAsync(
            token, setTags, new { input = new { customerId = id, expectedVersion = 0, tags = new[] { "second" } } },
            acceptLanguage: "zh-CN");
        var unchecked_ = await api.PostAsync(
            token, setTags, new { input = new { customerId = id, tags = new[] { "third" } } });

        created.Data!["createCustomer"]!["customer"]!["version"]!.GetValue<int>().ShouldBe(0);
        first.Data!["setCustomerTags"]!["customer"]!["version"]!.GetValue<int>().ShouldBe(1);
        var error = stale.Data!["setCustomerTags"]!["errors"]![0]!;
        error["__typename"]!.GetValue<string>().ShouldBe("StaleVersionError");
        error["code"]!.GetValue<string>().ShouldBe("STALE_VERSION");
        error["currentVersion"]!.GetValue<int>().ShouldBe(1);
        error["message"]!.GetValue<string>().ShouldContain("已被他人修改");
        stale.Data!["setCustomerTags"]!["customer"].ShouldBeNull();
        unchecked_.Data!["setCustomerTags"]!["customer"]!["tags"]![0]!.GetValue<string>().ShouldBe("third");
        unchecked_.Data!["setCustomerTags"]!["customer"]!["version"]!.GetValue<int>().ShouldBe(2);
    }

    [EngineFact]
    public async Task Two_writers_racing_on_a_customers_contacts_cannot_overwrite_each_other(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var gid = (await api.PostAsync(token, "mutation { createCustomer(input: { name: \"王五\", kind: INDIVIDUAL }) " +
            "{ customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var id = Api.GraphQL.Relay.GlobalId.TryParse(gid, "Customer", out var parsed)
            ? parsed
            : throw new InvalidOperationException(gid);
        var adminId = await api.WithDbAsync(
            db => db.Users.Where(u => u.Login == "admin").Select(u => u.Id).SingleAsync());

        var loser = await api.WithDbAsync(first => api.WithDbAsync(async second =>
        {
            var mine = await first.Customers.SingleAsync(c => c.Id == id);
            var theirs = await second.Customers.SingleAsync(c => c.Id == id);
            mine.AddContact(
                api.Ids.NewId(), new ContactDetails("张三", null, "13900000001", null, null, null, null, false), adminId,
                api.Clock.GetUtcNow());
            theirs.AddContact(
                api.Ids.NewId(), new ContactDetails("李四", null, "13900000002", null, null, null, null, false), adminId,
                api.Clock.GetUtcNow());
            await first.SaveChangesAsync();
            return await Should.ThrowAsync<StaleVersionException>(() => second.SaveChangesAsync());
        }));

        loser.Code.ShouldBe("STALE_VERSION");
        var stored = await api.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == id));
        stored.Contacts.Select(c => c.Name).ShouldBe(["张三"]);
        stored.Version.ShouldBe(1);
    }

    [EngineFact]
    public async Task A_follow_up_plan_checks_its_own_version(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var id = (await api.PostAsync(token, "mutation { createCustomer(input: { name: \"赵六\", kind: INDIVIDUAL }) { " +
            "customer { id } } }")).Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var plan = (await api.PostAsync(
            token, "mutation($input: PlanFollowUpInput!) { planFollowUp(input: $input) { plan { id version } } }",
            new { input = new { customerId = id, dueAt = "2026-03-05T02:00:00Z", channel = "PHONE", purpose = "NEEDS_DISCOVERY" } })).Data!["planFollowUp"]!["plan"]!;
        const string reschedule = "mutation($input: RescheduleFollowUpInput!) { rescheduleFollowUp(input: $input) { " +
            "plan { version dueAt } " + Errors + " } }";
        var planId = plan["id"]!.GetValue<string>();

        var moved = await api.PostAsync(token, reschedule, new
        {
            input = new
            {
                planId,
                expectedVersion = 0,
                dueAt = "2026-03-06T02:00:00Z",
                reason = "客户出差"
            }
        });
        var stale = await api.PostAsync(token, reschedule, new
        {
            input = new
            {
                planId,
                expectedVersion = 0,
                dueAt = "2026-03-07T02:00:00Z",
                reason = "再改"
            }
        });

        moved.Data!["rescheduleFollowUp"]!["plan"]!["version"]!.GetValue<int>().ShouldBe(1);
        stale.Data!["rescheduleFollowUp"]!["errors"]![0]!["__typename"]!.GetValue<string>()
            .ShouldBe("StaleVersionError");
    }
}
