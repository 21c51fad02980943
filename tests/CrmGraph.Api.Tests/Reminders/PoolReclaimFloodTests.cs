using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// A supervisor shortens the reclaim period: many customers return to the pool at once and many more are about to.
/// Neither the reclaims nor the warnings may flood their owner (ADR-045). Real scans, real database, both engines.
/// </summary>
public sealed class PoolReclaimFloodTests
{
    private const string Page = "query($where: CustomerFilterInput, $after: String) { customers(first: 50, after: " +
        "$after, "
        + "where: $where) { totalCount pageInfo { hasNextPage endCursor } nodes { id ownerId } } }";

    private const string Reminders = "query($kind: ReminderKind!) { reminders(where: { kind: { eq: $kind } }) "
        + "{ nodes { message customerCount customersWhere } } }";

    [EngineFact]
    public async Task A_shorter_reclaim_period_gives_the_owner_one_digest_of_reclaims_and_one_of_warnings(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var many = await api.EnrollAsync("rep0", UserRole.Salesperson);
        var few = await api.EnrollAsync("rep1", UserRole.Salesperson);
        var lead = await api.EnrollAsync("lead", UserRole.Supervisor);
        var manyReclaimed = await SeedAsync(api, "rep0", 30, daysAgo: 12);
        var manyWarned = await SeedAsync(api, "rep0", 25, daysAgo: 8.5);
        var fewReclaimed = await SeedAsync(api, "rep1", 3, daysAgo: 12);
        var fewWarned = await SeedAsync(api, "rep1", 2, daysAgo: 8.5);
        var teamId = await api.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Login == "lead")
            .Select(u => u.TeamId).SingleAsync());
        var changed = await api.PostAsync(lead,
            "mutation($team: ID!) { updateTeamSettings(input: { teamId: $team, pool: { reclaimAfterDays: 10 } }) "
            + "{ team { version } errors { ... on Error { message } } } }", new
            {
                team = GlobalId.Format(
                "Team", teamId)
            });
        changed.Errors.ShouldBeNull(changed.ToString());
        changed.Data!["updateTeamSettings"]!["errors"].ShouldBeNull(changed.ToString());

        var reclaimed = await RunAsync<PoolReclaimScan>(api, s => s.RunAsync(CancellationToken.None));
        var stored = await RunAsync<CustomerReminderScan>(api, s => s.RunAsync(CancellationToken.None));
        var storedAgain = await RunAsync<CustomerReminderScan>(api, s => s.RunAsync(CancellationToken.None));
        var again = await RunAsync<PoolReclaimScan>(api, s => s.RunAsync(CancellationToken.None));

        (reclaimed, again).ShouldBe((33, 0));
        (stored > 0, storedAgain).ShouldBe((true, 0));
        var (message, listed) = await ReadDigestAsync(api, many, "POOL_RECLAIMED");
        message.ShouldBe("30 位客户因未及时跟进已被回收至公海。");
        listed.ShouldBe(manyReclaimed.Select(id => GlobalId.Format("Customer", id)), ignoreOrder: true);
        (message, listed) = await ReadDigestAsync(api, many, "POOL_RECLAIM_WARNING");
        message.ShouldBe("25 位客户即将进入公海，请及时跟进。");
        listed.ShouldBe(manyWarned.Select(id => GlobalId.Format("Customer", id)), ignoreOrder: true);
        (await SinglesAsync(api, few, "POOL_RECLAIMED")).ShouldBe(fewReclaimed.Count);
        (await SinglesAsync(api, few, "POOL_RECLAIM_WARNING")).ShouldBe(fewWarned.Count);
        var pooled = await api.WithDbAsync(db => db.Customers.AsNoTracking().Where(c => c.OwnerId == null)
            .Select(c => c.Id).ToListAsync());
        pooled.ShouldBe(manyReclaimed.Concat(fewReclaimed), ignoreOrder: true);
        var held = await api.WithDbAsync(db => db.Reminders.AsNoTracking().ToListAsync());
        held.GroupBy(r => (r.RecipientId, r.Kind)).ShouldAllBe(g => g.Count() <= 3);
    }

    /// <summary>
    /// Customers of one owner entered <paramref name="daysAgo"/> days ago, first contacted long before.
    /// </summary>
    private static Task<List<Guid>> SeedAsync(TestApi api, string login, int count, double daysAgo) =>
        api.WithDbAsync(async db =>
        {
            var owner = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login);
            var enteredAt = api.Clock.GetUtcNow().AddDays(-daysAgo);
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var customer = Customer.Register(api.Ids.NewId(), owner.TeamId, owner.Id, CustomerKind.Individual,
                    $"{login}-{daysAgo}-客户{i}", enteredAt.AddDays(-60), enteredAt);
                db.Customers.Add(customer);
                ids.Add(customer.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });

    private static async Task<int> SinglesAsync(TestApi api, string token, string kind)
    {
        var nodes = (await api.PostAsync(token, Reminders, new { kind })).Data!["reminders"]!["nodes"]!.AsArray();
        nodes.ShouldAllBe(n => n!["customerCount"] == null);
        return nodes.Count;
    }

    /// <summary>The reader's one reminder of a kind, in Chinese, and every customer it lists, page by page.</summary>
    private static async Task<(string Message, List<string> Customers)> ReadDigestAsync(TestApi api, string token,
        string kind)
    {
        var node = (await api.PostAsync(token, Reminders, new { kind }, acceptLanguage: "zh-CN"))
            .Data!["reminders"]!["nodes"]!.AsArray().ShouldHaveSingleItem()!;
        var where = JsonNode.Parse(node["customersWhere"]!.GetValue<string>());
        var listed = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await api.PostAsync(token, Page, new { where, after })).Data!["customers"]!;
            listed.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                page["totalCount"]!.GetValue<int>().ShouldBe(listed.Count);
                return (node["message"]!.GetValue<string>(), listed);
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static async Task<int> RunAsync<TScan>(TestApi api, Func<TScan, Task<int>> run)
        where TScan : notnull
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TScan>());
    }
}
