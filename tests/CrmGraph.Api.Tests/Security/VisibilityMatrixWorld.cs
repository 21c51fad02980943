using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Two teams. North: alice (salesperson) owns a customer with a contact, key date, issue, plan, follow-up record,
/// deal and an API token; bob is her colleague; sue supervises. South: olga supervises, oscar sells.
/// </summary>
internal sealed class World
{
    private readonly Dictionary<string, string> _ids = [];

    public required string Admin { get; init; }

    public required string Alice { get; init; }

    public required string Bob { get; init; }

    public required string Olga { get; init; }

    public required string Oscar { get; init; }

    /// <summary>Sue's rating of alice: her own and her supervisors' alone.</summary>
    public string Rating { get; private set; } = string.Empty;

    public required string Customer { get; init; }

    /// <summary>Node ids of the customer and its records: nobody but alice, sue and the admin may reach them.</summary>
    public List<string> CustomerRecords { get; } = [];

    /// <summary>Node ids of North's people and team: another team may not reach them.</summary>
    public List<string> TeamRecords { get; } = [];

    public string Fingerprint { get; private set; } = string.Empty;

    public string? IdFor(string inputField) => _ids.TryGetValue(inputField, out var id) ? id : null;

    public static async Task<World> CreateAsync(TestApi api)
    {
        var admin = await api.TokenAsync("admin");
        var alice = await api.EnrollAsync("alice", UserRole.Salesperson);
        await api.EnrollAsync("sue", UserRole.Supervisor);
        var south = await api.FoundTeamAsync("华南团队");
        var world = new World
        {
            Admin = admin,
            Alice = alice,
            Bob = await api.EnrollAsync("bob", UserRole.Salesperson),
            Olga = await api.EnrollAsync("olga", UserRole.Supervisor, south),
            Oscar = await api.EnrollAsync("oscar", UserRole.Salesperson, south),
            Customer = await Id(api, alice, "mutation { createCustomer(input: { name: \"北方机密客户\", kind: " +
                "ORGANIZATION, phone: \"13900000001\" }) { customer { id } } }", "createCustomer", "customer"),
        };
        var customer = world.Customer;
        var me = (await api.PostAsync(alice, "{ me { id team { id } } }")).Data!["me"]!;
        var aliceId = me["id"]!.GetValue<string>();
        var teamId = me["team"]!["id"]!.GetValue<string>();
        var parts = (await api.PostAsync(alice, $"mutation {{ a: addContact(input: {{ customerId: \"{customer}\", " +
            $"name: \"王总\" }}) {{ customer {{ id }} }} b: addKeyDate(input: {{ customerId: \"{customer}\", kind: " +
            "BIRTHDAY, date: \"1980-05-01\" }) { customer { id } } c: recordPotentialIssue(input: { " +
            $"customerId: \"{customer}\", description: \"预算\" }}) {{ customer {{ contacts {{ id }} keyDates {{ id }} " +
            "potentialIssues { id } } } }")).Data!["c"]!["customer"]!;
        var plan = await Id(
            api, alice,
            $"mutation {{ planFollowUp(input: {{ customerId: \"{customer}\", dueAt: \"2026-03-05T02:00:00Z\", " +
            "channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } } }",
            "planFollowUp", "plan");
        var record = (await api.PostAsync(alice, $"mutation {{ recordFollowUp(input: {{ customerId: \"{customer}\", happenedAt: \"2026-03-02T00:30:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"机密\" }}) {{ recorded {{ record {{ id }} }} }} }}")).Data!["recordFollowUp"]!["recorded"]!["record"]!["id"]!.GetValue<string>();
        var deal = await Id(api, alice, $"mutation {{ openDeal(input: {{ customerId: \"{customer}\", product: " +
            "\"CRM\", amount: 100000 }) { deal { id } } }", "openDeal", "deal");
        var service = await Id(api, alice, $"mutation {{ recordService(input: {{ customerId: \"{customer}\", type: " +
            "COMPLAINT, content: \"机密投诉\" }) { service { id } } }", "recordService", "service");
        var care = await Id(api, alice, $"mutation {{ recordCareAction(input: {{ customerId: \"{customer}\", kind: " +
            "OTHER }) { careAction { id } } }", "recordCareAction", "careAction");
        var survey = await Id(api, alice, "mutation { recordSatisfactionSurvey(input: { customerId: " +
            $"\"{customer}\", score: 3 }}) {{ survey {{ id }} }} }}", "recordSatisfactionSurvey", "survey");
        var feedback = await Id(api, alice, $"mutation {{ recordFeedback(input: {{ customerId: \"{customer}\", " +
            "category: SUGGESTION, content: \"机密建议\" }) { feedback { id } } }", "recordFeedback", "feedback");
        var won = await Id(api, alice, $"mutation {{ openDeal(input: {{ customerId: \"{customer}\", product: \"续约\", " +
            "amount: 1 }) { deal { id } } }", "openDeal", "deal");
        await api.PostAsync(alice, $"mutation {{ winDeal(input: {{ dealId: \"{won}\", keyFactor: \"x\", termStart: " +
            "\"2026-03-01\", termEnd: \"2027-02-28\" }) { deal { id } } }");
        await api.PostAsync(alice, $"mutation {{ moveCustomerStage(input: {{ customerId: \"{customer}\", stage: " +
            "AT_RISK, reason: \"x\" }) { customer { id } } }");
        var winBack = await Id(api, alice, $"mutation {{ startWinBack(input: {{ customerId: \"{customer}\", " +
            "churnReason: \"x\", measures: \"y\" }) { winBack { id } } }", "startWinBack", "winBack");
        var token = (await api.PostAsync(alice, "mutation { createApiToken(input: { name: \"看板\", scope: READ_ONLY }) { created { token { id } } } }")).Data!["createApiToken"]!["created"]!["token"]!["id"]!.GetValue<string>();

        world._ids["customerId"] = customer;
        world._ids["duplicateId"] = customer;
        world._ids["planId"] = plan;
        world._ids["dealId"] = deal;
        world._ids["contactId"] = parts["contacts"]![0]!["id"]!.GetValue<string>();
        world._ids["keyDateId"] = parts["keyDates"]![0]!["id"]!.GetValue<string>();
        world._ids["issueId"] = parts["potentialIssues"]![0]!["id"]!.GetValue<string>();
        world._ids["userId"] = aliceId;
        world._ids["ownerId"] = aliceId;
        world._ids["supervisorGuideId"] = aliceId;
        world._ids["teamId"] = teamId;
        world._ids["tokenId"] = token;
        world._ids["serviceId"] = service;
        world._ids["feedbackId"] = feedback;
        world._ids["winBackId"] = winBack;
        var reminder = (await Reminders.ReminderApiTests.IssueAsync(
            api, customer, ("alice", Domain.Reminders.ReminderKind.FollowUpOverdue)))[0];
        world._ids["reminderId"] = reminder;
        world._ids["salespersonId"] = aliceId;
        var rating = await Id(api, await api.TokenAsync("sue"), "mutation { ratePerformance(input: { " +
            $"salespersonId: \"{aliceId}\", periodStart: \"2026-02-01\", periodEnd: \"2026-02-28\", serviceAttitude: " +
            "4, professionalAbility: 4, customerFeedback: 4 }) { rating { id } } }", "ratePerformance", "rating");
        world.Rating = rating;
        world.CustomerRecords.AddRange(
            [customer, plan, record, deal, service, care, survey, feedback, winBack, reminder, rating]);
        world.TeamRecords.AddRange([aliceId, teamId]);
        world.Fingerprint = await FingerprintAsync(api);
        return world;
    }

    /// <summary>
    /// What would move if a probe changed anything of alice's: versions, counts, the token, the team.
    /// </summary>
    public static Task<string> FingerprintAsync(TestApi api) => api.WithDbAsync(async db =>
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Name == "北方机密客户").Select(
            c => new { c.Version, c.IsArchived, c.OwnerId, Shared = c.SharedWith.Count }).SingleAsync();
        var alice = await db.Users.AsNoTracking().Where(
            u => u.Login == "alice").Select(u => new { u.Version, u.IsActive, u.Role, u.TeamId }).SingleAsync();
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == alice.TeamId).Select(t => t.Version).SingleAsync();
        var plans = await db.FollowUpPlans.AsNoTracking().Select(p => p.Version).ToListAsync();
        var deals = await db.Deals.AsNoTracking().Select(d => d.Version).ToListAsync();
        var revoked = await db.ApiTokens.AsNoTracking().CountAsync(t => t.RevokedAt != null);
        return $"{customer} {alice} team:{team} plans:{string.Join(',', plans)} deals:{string.Join(',', deals)} " +
            $"revoked:{revoked} customers:{await db.Customers.CountAsync()}";
    });

    private static async Task<string> Id(TestApi api, string token, string mutation, string field, string result)
    {
        var response = await api.PostAsync(token, mutation);
        return response.Data?[field]?[result]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(
            response.ToString());
    }
}

/// <summary>A graphql-transport-ws subscriber for tests.</summary>
internal sealed class SubscriptionClient : IAsyncDisposable
{
    private readonly WebSocket _socket;

    private SubscriptionClient(WebSocket socket) => _socket = socket;

    public static async Task<SubscriptionClient> ConnectAsync(
        TestApi api, string token, string subscription, string? acceptLanguage = null)
    {
        var client = api.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (acceptLanguage is not null)
        {
            client.ConfigureRequest = request => request.Headers.AcceptLanguage = acceptLanguage;
        }

        var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        var subscriber = new SubscriptionClient(socket);
        await subscriber.SendAsync(
            new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        (await subscriber.ReceiveAsync())!["type"]!.GetValue<string>().ShouldBe("connection_ack");
        await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = subscription } });
        return subscriber;
    }

    public Task<JsonNode?> NextAsync() => ReceiveAsync();

    /// <summary>The next message, or null when none comes within <paramref name="wait"/>.</summary>
    public async Task<JsonNode?> NextOrNoneAsync(TimeSpan wait)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(
                Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(
            Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private async Task<JsonNode?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Eventually.OuterBound);
        var result = await _socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(
            Encoding.UTF8.GetString(buffer, 0, result.Count));
    }
}
