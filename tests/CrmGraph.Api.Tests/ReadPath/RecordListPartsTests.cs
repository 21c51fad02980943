using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.ReadPath;

/// <summary>
/// ADR-040: the record lists page over disjoint parts of the visible records; their union must be exactly what the
/// single visibility rule admits (counted here with that rule, outside the server), and so must <c>totalCount</c>,
/// which sums a count per part; no record twice, and paging one row at a time must walk the same rows in the same
/// order as one big page. Checked for an owner, a colleague with shares and a pool, both supervisors, a salesperson
/// of another team and an admin, on both engines.
/// </summary>
public sealed class RecordListPartsTests
{
    private static readonly string[] Lists = ["followUpPlans", "followUpRecords", "deals", "serviceRecords"];

    [EngineFact]
    public async Task Record_pages_merged_from_parts_return_exactly_the_visible_records(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var admin = await api.EnrollAsync("root", UserRole.Admin);
        var sue = await api.EnrollAsync("sue", UserRole.Supervisor);
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        var bob = await api.EnrollAsync("bob", UserRole.Salesperson);
        var otherTeam = await api.FoundTeamAsync("别组");
        var zed = await api.EnrollAsync("zed", UserRole.Salesperson, otherTeam);
        var olga = await api.EnrollAsync("olga", UserRole.Supervisor, otherTeam);
        var aliceId = await IdAsync(api, alice);
        var sueId = await IdAsync(api, sue);

        await CustomerWithRecordsAsync(api, alice, "甲");
        var shared = await CustomerWithRecordsAsync(api, bob, "乙");
        await MutateAsync(api, bob, $"mutation {{ shareCustomer(input: {{ customerId: \"{shared}\", userId: " +
            $"\"{aliceId}\" }}) {{ customer {{ id }} }} }}");
        var pooled = await CustomerWithRecordsAsync(api, bob, "丙");
        await MutateAsync(api, bob, $"mutation {{ releaseCustomerToPool(input: {{ customerId: \"{pooled}\", reason: " +
            "\"无人跟进\" }) { customer { id } } }");
        var abroad = await CustomerWithRecordsAsync(api, zed, "丁");
        foreach (var to in new[] { aliceId, sueId })
        {
            // Sharing across teams may be refused; then the part is simply empty.
            await api.PostAsync(zed, $"mutation {{ shareCustomer(input: {{ customerId: \"{abroad}\", userId: " +
                $"\"{to}\" }}) {{ customer {{ id }} }} }}");
        }

        await CustomerWithRecordsAsync(api, zed, "戊");

        var viewers = new (string Name, string Token, int AtLeast)[]
        {
            (
                "alice", alice,
                3), ("bob", bob, 2), ("sue", sue, 3), ("zed", zed, 2), ("olga", olga, 2), ("admin", admin, 5),
        };
        foreach (var list in Lists)
        {
            foreach (var (name, token, atLeast) in viewers)
            {
                var page = await api.PostAsync(token, $"{{ {list}(first: 50) {{ totalCount nodes {{ id }} }} }}");
                page.Errors.ShouldBeNull(page.ToString());
                var ids = page.Data![list]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
                var visible = await VisibleByTheRuleAsync(api, name, list);
                ids.Count.ShouldBe(visible, $"{name} {list}: the parts' union is the rule");
                page.Data[list]!["totalCount"]!.GetValue<int>()
                    .ShouldBe(visible, $"{name} {list}: totalCount (summed over the parts) is the rule's count");
                ids.Distinct().Count().ShouldBe(ids.Count, $"{name} {list}: parts overlap");
                ids.Count.ShouldBeGreaterThanOrEqualTo(atLeast, $"{name} {list}");
                (await WalkOneByOneAsync(api, token, list)).ShouldBe(ids, $"{name} {list}: paging one by one");
            }
        }
    }

    private static async Task<List<string>> WalkOneByOneAsync(TestApi api, string token, string list)
    {
        var ids = new List<string>();
        string? after = null;
        for (var i = 0; i < 50; i++)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = await api.PostAsync(
                token, $"{{ {list}(first: 1{cursor}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}");
            page.Errors.ShouldBeNull(page.ToString());
            ids.AddRange(page.Data![list]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            var info = page.Data[list]!["pageInfo"]!;
            if (!info["hasNextPage"]!.GetValue<bool>())
            {
                return ids;
            }

            after = info["endCursor"]!.GetValue<string>();
        }

        throw new ShouldAssertException($"{list}: more than 50 pages");
    }

    private static async Task<string> CustomerWithRecordsAsync(TestApi api, string token, string name)
    {
        var customer = (await MutateAsync(api, token, $"mutation {{ createCustomer(input: {{ name: \"{name}\", kind: " +
            "INDIVIDUAL }) { customer { id } } }"))
            .Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var (happened, due) = Instants(api);
        await MutateAsync(api, token, $"mutation {{ planFollowUp(input: {{ customerId: \"{customer}\", dueAt: " +
            $"\"{due}\", channel: PHONE, purpose: NEEDS_DISCOVERY }}) {{ plan {{ id }} errors {{ __typename }} }} }}");
        await MutateAsync(api, token, $"mutation {{ recordFollowUp(input: {{ customerId: \"{customer}\", happenedAt: " +
            $"\"{happened}\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"需求\" }}) {{ recorded {{ record {{ " +
            "id } } errors { __typename } } }");
        await MutateAsync(api, token, $"mutation {{ openDeal(input: {{ customerId: \"{customer}\", product: \"CRM\", " +
            "amount: 1000 }) { deal { id } errors { __typename } } }");
        await MutateAsync(api, token, $"mutation {{ recordService(input: {{ customerId: \"{customer}\", type: " +
            "CONSULTATION, content: \"咨询\" }) { service { id } errors { __typename } } }");
        return customer;
    }

    private static async Task<GraphQLResponse> MutateAsync(TestApi api, string token, string mutation)
    {
        var response = await api.PostAsync(token, mutation);
        response.Errors.ShouldBeNull(response.ToString());
        response.Data!.ToJsonString().ShouldNotContain("\"errors\":[", customMessage: response.ToString());
        return response;
    }

    /// <summary>An hour ago and a day ahead on the test clock, as GraphQL DateTimes.</summary>
    internal static (string Happened, string Due) Instants(TestApi api) =>
        (api.Clock.GetUtcNow().AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
         api.Clock.GetUtcNow().AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The records of <paramref name="list"/> the single visibility rule admits for the user.</summary>
    private static Task<int> VisibleByTheRuleAsync(TestApi api, string login, string list) =>
        api.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login);
            var viewer = new Viewer(user.Id, user.TeamId, user.Role, user.Login);
            return list switch
            {
                "followUpPlans" => await VisibilityScope.FollowUpPlans(db.FollowUpPlans, db.Customers, viewer)
                    .CountAsync(),
                "followUpRecords" => await VisibilityScope.FollowUpRecords(db.FollowUpRecords, db.Customers, viewer)
                    .CountAsync(),
                "deals" => await VisibilityScope.Deals(db.Deals, db.Customers, viewer).CountAsync(),
                "serviceRecords" => await VisibilityScope.CustomerRecords(db.ServiceRecords, db.Customers, viewer)
                    .CountAsync(),
                _ => throw new ArgumentOutOfRangeException(nameof(list), list, "no rule for this list"),
            };
        });

    private static async Task<string> IdAsync(TestApi api, string token) =>
        (await api.PostAsync(token, "{ me { id } }")).Data!["me"]!["id"]!.GetValue<string>();
}
