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

/// <summary>A subscriber slower than its live queue still gets every reminder, once.</summary>
public sealed class ReminderFeedTests
{
    [Fact]
    public async Task Reminders_that_do_not_fit_a_slow_subscribers_queue_are_read_back_from_the_table()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        await api.EnrollAsync("rep", UserRole.Salesperson);
        var (rep, customerId) = await api.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
            var customer = Customer.Register(api.Ids.NewId(), user.TeamId, user.Id, CustomerKind.Individual, "慢客户", null, api.Clock.GetUtcNow());
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            return (user, customer.Id);
        });
        var feed = new ReminderFeed(api.Services.GetRequiredService<EventHub<IDomainEvent>>(), api.Services.GetRequiredService<IServiceScopeFactory>(), Viewer.Of(rep), after: null, liveCapacity: 1);
        using var subscriber = new SlowSubscriber();
        using var subscription = feed.Subscribe(subscriber);

        var stored = new List<Guid> { await StoreAsync(api, rep, customerId, 0) };
        await subscriber.Blocked.WaitAsync(TimeSpan.FromSeconds(10)); // busy with the first: one more fits the queue, the rest do not
        for (var i = 1; i < 5; i++)
        {
            stored.Add(await StoreAsync(api, rep, customerId, i));
        }

        subscriber.Release();
        for (var attempt = 0; attempt < 100 && subscriber.Received.Count < stored.Count; attempt++)
        {
            await Task.Delay(50);
        }

        subscriber.Received.ShouldBe(stored, ignoreOrder: true);
    }

    private static Task<Guid> StoreAsync(TestApi api, User rep, Guid customerId, int i) => api.WithDbAsync(async db =>
    {
        var due = new DueReminder(ReminderKind.FollowUpOverdue, rep.Id, customerId, null, $"slow:{i}", api.Clock.GetUtcNow(), "Slow", "慢");
        var reminder = Reminder.Issue(api.Ids.NewId(), rep.TeamId, due, api.Clock.GetUtcNow());
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        return reminder.Id;
    });

    private sealed class SlowSubscriber : IObserver<object?>, IDisposable
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

            if (Received.Count == 1)
            {
                Blocked.Release();
                _gate.Wait(TimeSpan.FromSeconds(10));
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
