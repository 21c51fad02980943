using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Reminders;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// The feed misses nothing: not for a subscriber slower than its live queue, nor across commits out of id order.
/// </summary>
public sealed class ReminderFeedTests
{
    [Fact]
    public async Task Reminders_that_do_not_fit_a_slow_subscribers_queue_are_read_back_from_the_table()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        await api.EnrollAsync("rep", UserRole.Salesperson);
        var (rep, customerId) = await RepWithCustomerAsync(api);
        var feed = new ReminderFeed(
            api.Services.GetRequiredService<EventHub<IDomainEvent>>(),
            api.Services.GetRequiredService<IServiceScopeFactory>(), Viewer.Of(rep), after: null, liveCapacity: 1);
        using var subscriber = new SlowSubscriber();
        using var subscription = feed.Subscribe(subscriber);

        var stored = new List<Guid> { await StoreAsync(api, rep, customerId, 0) };
        // busy with the first: one more fits the queue, the rest do not
        await subscriber.Blocked.WaitAsync(Eventually.OuterBound);
        for (var i = 1; i < 5; i++)
        {
            stored.Add(await StoreAsync(api, rep, customerId, i));
        }

        subscriber.Release();
        await Eventually.UntilAsync(() => subscriber.Received.Count >= stored.Count, "every stored reminder delivered");

        subscriber.Received.ShouldBe(stored, ignoreOrder: true);
    }

    [EngineFact]
    public async Task A_subscriber_resuming_after_a_reminder_gets_one_issued_before_it_that_committed_after_it(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        await api.EnrollAsync("rep", UserRole.Salesperson);
        var (rep, customerId) = await RepWithCustomerAsync(api);

        // Two nodes: one builds its reminder first (the lower id) but commits after the other's.
        var early = Build(api, rep, customerId, "early");
        var late = Build(api, rep, customerId, "late");
        (early.Id < late.Id).ShouldBeTrue();
        await SaveAsync(api, late);
        await SaveAsync(api, early);

        var feed = new ReminderFeed(
            api.Services.GetRequiredService<EventHub<IDomainEvent>>(),
            api.Services.GetRequiredService<IServiceScopeFactory>(), Viewer.Of(rep), after: late.Id);
        using var subscriber = new SlowSubscriber(blockFirst: false);
        using var subscription = feed.Subscribe(subscriber);
        await Eventually.UntilAsync(() => subscriber.Received.Count > 0, "the missed reminder delivered");

        subscriber.Received.ShouldBe([early.Id]);
    }

    private static Task<(User Rep, Guid CustomerId)> RepWithCustomerAsync(TestApi api) => api.WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
        var customer = Customer.Register(
            api.Ids.NewId(), user.TeamId, user.Id, CustomerKind.Individual, "客户", null, api.Clock.GetUtcNow());
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return (user, customer.Id);
    });

    private static Reminder Build(TestApi api, User rep, Guid customerId, string cause) =>
        Reminder.Issue(api.Ids.NewId(), rep.TeamId, new DueReminder(
            ReminderKind.FollowUpOverdue, rep.Id, customerId, null, cause, api.Clock.GetUtcNow(), "Order",
            "顺序"), api.Clock.GetUtcNow());

    private static Task<int> SaveAsync(TestApi api, Reminder reminder) => api.WithDbAsync(db =>
    {
        db.Reminders.Add(reminder);
        return db.SaveChangesAsync();
    });

    private static async Task<Guid> StoreAsync(TestApi api, User rep, Guid customerId, int i)
    {
        var reminder = Build(api, rep, customerId, $"slow:{i}");
        await SaveAsync(api, reminder);
        return reminder.Id;
    }

    private sealed class SlowSubscriber(bool blockFirst = true) : IObserver<object?>, IDisposable
    {
        private readonly ManualResetEventSlim _gate = new(false);

        public SemaphoreSlim Blocked { get; } = new(0);

        public List<Guid> Received { get; } = [];

        public void Release() => _gate.Set();

        public void OnNext(object? value)
        {
            lock (Received)
            {
                Received.Add(((Reminder)value!).Id);
            }

            if (blockFirst && Received.Count == 1)
            {
                Blocked.Release();
                _gate.Wait(Eventually.OuterBound);
            }
        }

        public void OnError(Exception error) => throw new InvalidOperationException("The feed failed.", error);

        public void OnCompleted()
        {
        }

        public void Dispose()
        {
            _gate.Dispose();
            Blocked.Dispose();
        }
    }
}
