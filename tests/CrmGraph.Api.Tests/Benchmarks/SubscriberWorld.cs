using System.Globalization;
using CrmGraph.Api.Events;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Benchmarks;

/// <summary>
/// Salespeople with tokens, one customer, and reminders stored through the outbox, for the subscriber benchmarks.
/// </summary>
internal sealed class SubscriberWorld
{
    public const string Variable = "CRM_SOCKET_BENCHMARK";

    private readonly TestApi _api;
    private int _stored;

    private SubscriberWorld(TestApi api, IReadOnlyList<(Guid Id, string Token)> users, Guid teamId, Guid customerId)
    {
        _api = api;
        Users = users;
        TeamId = teamId;
        CustomerId = customerId;
    }

    public IReadOnlyList<(Guid Id, string Token)> Users { get; }

    public Guid TeamId { get; }

    public Guid CustomerId { get; }

    public int HubSubscribers => _api.Services.GetRequiredService<EventHub<IDomainEvent>>().SubscriberCount;

    public static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value)
            && value > 0 ? value : fallback;

    /// <summary>SQLite unless <c>CRM_SOCKET_BENCHMARK_ENGINE=Postgres</c>.</summary>
    public static Engine EngineSetting() =>
        Enum.TryParse<Engine>(Environment.GetEnvironmentVariable(
            "CRM_SOCKET_BENCHMARK_ENGINE"), ignoreCase: true, out var engine) ? engine : Engine.Sqlite;

    public static async Task<SubscriberWorld> CreateAsync(TestApi api, int salespeople)
    {
        var users = new List<(Guid, string)>(salespeople);
        for (var i = 0; i < salespeople; i++)
        {
            var login = $"rep{i:D5}";
            var token = await api.EnrollAsync(login, UserRole.Salesperson);
            users.Add((await api.WithDbAsync(
                db => db.Users.AsNoTracking().Where(u => u.Login == login).Select(u => u.Id).SingleAsync()), token));
        }

        var (teamId, customerId) = await api.WithDbAsync(async db =>
        {
            var owner = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep00000");
            var customer = Customer.Register(
                api.Ids.NewId(), owner.TeamId, owner.Id, CustomerKind.Individual, "基准客户", null, api.Clock.GetUtcNow());
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            return (owner.TeamId, customer.Id);
        });
        return new SubscriberWorld(api, users, teamId, customerId);
    }

    /// <summary>
    /// One reminder for each recipient, stored in one transaction; each is published after the commit.
    /// </summary>
    public Task<List<Guid>> StoreAsync(IEnumerable<Guid> recipients) => _api.WithDbAsync(async db =>
    {
        var now = _api.Clock.GetUtcNow();
        var stored = new List<Guid>();
        foreach (var recipient in recipients)
        {
            var key = Interlocked.Increment(ref _stored);
            var due = new DueReminder(
                ReminderKind.FollowUpOverdue, recipient, CustomerId, null, $"socket-bench:{key}", now, "Benchmark",
                "基准");
            var reminder = Reminder.Issue(_api.Ids.NewId(), TeamId, due, now);
            db.Reminders.Add(reminder);
            stored.Add(reminder.Id);
        }

        await db.SaveChangesAsync();
        return stored;
    });

    /// <summary>
    /// Waits until the hub's subscriber count satisfies <paramref name="done"/>; <paramref name="timeout"/> only ends
    /// a hung run (never shorter than <see cref="Eventually.OuterBound"/>).
    /// </summary>
    public Task WaitForHubSubscribersAsync(Func<int, bool> done, TimeSpan timeout, string what) =>
        Eventually.ReadAsync(
            () => Task.FromResult(HubSubscribers),
            done,
            $"{what} (event hub subscribers)",
            timeout > Eventually.OuterBound ? timeout : Eventually.OuterBound);
}
