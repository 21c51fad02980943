using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// The day after a team moved in from spreadsheets: hundreds of new customers without a follow-up must not flood
/// anyone. Real customer scan, real database, both engines.
/// </summary>
public sealed class ReminderFloodTests
{
    private const int Owners = 5;
    private const int NewPerOwner = 100;
    private const int OldPerOwner = 40;

    private const string Page = "query($where: CustomerFilterInput, $after: String) { customers(first: 50, after: " +
        "$after, "
        + "where: $where) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }";

    [EngineFact]
    public async Task Five_hundred_new_customers_without_follow_up_give_each_person_one_digest_that_lists_exactly_them(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var tokens = new Dictionary<string, string>();
        foreach (var login in Enumerable.Range(0, Owners).Select(i => $"rep{i}"))
        {
            tokens[login] = await api.EnrollAsync(login, UserRole.Salesperson);
        }

        tokens["lead1"] = await api.EnrollAsync("lead1", UserRole.Supervisor);
        tokens["lead2"] = await api.EnrollAsync("lead2", UserRole.Supervisor);
        var newByOwner = await SeedAsync(api);

        var stored = await ScanAsync(api);
        var again = await ScanAsync(api);

        var reminders = await api.WithDbAsync(db => db.Reminders.AsNoTracking().ToListAsync());
        var users = await api.WithDbAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Login));
        stored.ShouldBe(Owners + 2);
        again.ShouldBe(0);
        reminders.GroupBy(r => r.RecipientId).ShouldAllBe(g => g.Count() <= 3);
        reminders.ShouldAllBe(r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp && r.IsDigest);
        foreach (var reminder in reminders)
        {
            var login = users[reminder.RecipientId];
            var expected = login.StartsWith("lead", StringComparison.Ordinal)
                ? newByOwner.Values.SelectMany(ids => ids).ToHashSet()
                : newByOwner[login];
            reminder.CustomerCount.ShouldBe(expected.Count);

            var (message, listed) = await ReadDigestAsync(api, tokens[login]);
            message.ShouldBe($"{expected.Count} 位新客户超过 7 天未跟进。");
            listed.ShouldBe(expected.Select(id => GlobalId.Format("Customer", id)), ignoreOrder: true);
        }
    }

    [EngineFact]
    public async Task Thirty_overdue_plans_give_the_owner_one_digest_and_the_next_scans_read_them_no_more(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var rep = await api.EnrollAsync("rep", UserRole.Salesperson);
        var customers = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            customers.Add(await TwoNodeReminderTests.PlanOverdueAsync(api, $"客户{i}"));
        }

        var stored = await FollowUpScanAsync(api);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var next = await FollowUpScanAsync(api);

        (stored, next).ShouldBe((1, 0));
        var (message, listed) = await ReadDigestAsync(api, rep);
        message.ShouldBe("30 位客户的跟进已逾期。");
        listed.ShouldBe(customers.Select(id => GlobalId.Format("Customer", id)), ignoreOrder: true);
    }

    private static async Task<int> FollowUpScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpReminderScan>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Per owner: new customers first contacted 8–20 days ago, and old ones (60 days) that are not new.
    /// </summary>
    private static Task<Dictionary<string, HashSet<Guid>>> SeedAsync(TestApi api) => api.WithDbAsync(async db =>
    {
        var now = api.Clock.GetUtcNow();
        var byOwner = new Dictionary<string, HashSet<Guid>>();
        foreach (var owner in await db.Users.AsNoTracking().Where(u => u.Role == UserRole.Salesperson).ToListAsync())
        {
            var ids = byOwner[owner.Login] = [];
            for (var i = 0; i < NewPerOwner + OldPerOwner; i++)
            {
                var isNew = i < NewPerOwner;
                var firstContact = isNew ? now.AddDays(-8 - (i % 13)) : now.AddDays(-60);
                var customer = Customer.Register(api.Ids.NewId(), owner.TeamId, owner.Id, CustomerKind.Individual,
                    $"{owner.Login}-客户{i}", firstContact, now);
                db.Customers.Add(customer);
                if (isNew)
                {
                    ids.Add(customer.Id);
                }
            }
        }

        await db.SaveChangesAsync();
        return byOwner;
    });

    /// <summary>
    /// The reader's one reminder, in Chinese, and every customer its customersWhere lists, page by page.
    /// </summary>
    private static async Task<(string Message, List<string> Customers)> ReadDigestAsync(TestApi api, string token)
    {
        var node = (await api.PostAsync(
            token, "{ reminders { nodes { message customersWhere } } }", acceptLanguage: "zh-CN"))
            .Data!["reminders"]!["nodes"]!.AsArray().Single()!;
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

    private static async Task<int> ScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerReminderScan>().RunAsync(CancellationToken.None);
    }
}
