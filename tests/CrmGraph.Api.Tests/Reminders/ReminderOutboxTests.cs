using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Reminders;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>The outbox stores each cause once per recipient, even when two writers race for the same key.</summary>
public sealed class ReminderOutboxTests
{
    [EngineFact]
    public async Task A_due_reminder_is_stored_once_however_often_it_is_issued(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (teamId, due) = await OverdueFollowUpAsync(api);

        var first = await IssueAsync(api, teamId, due);
        var second = await IssueAsync(api, teamId, due);

        first.ShouldHaveSingleItem();
        second.ShouldBeEmpty();
        var stored = await api.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync());
        stored.Kind.ShouldBe(ReminderKind.FollowUpOverdue);
        stored.RecipientId.ShouldBe(due.RecipientId);
        stored.CustomerId.ShouldBe(due.CustomerId);
        stored.DueAt.ShouldBe(due.DueAt);
        stored.IssuedAt.ShouldBe(api.Clock.GetUtcNow());
        stored.ReadAt.ShouldBeNull();
        stored.DismissedAt.ShouldBeNull();
        stored.SnoozedUntil.ShouldBeNull();
    }

    [EngineFact]
    public async Task A_writer_that_loses_the_race_counts_the_reminder_as_already_issued(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (teamId, due) = await OverdueFollowUpAsync(api);
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        // The slow writer read "not stored" just before the fast one committed the same key.
        var staleRead = new StaleFirstRead(services.GetRequiredService<IReminderRepository>());
        var outbox = new ReminderOutbox(
            services.GetRequiredService<CrmDbContext>(), staleRead, services.GetRequiredService<IIdGenerator>(),
            api.Clock);
        (await IssueAsync(api, teamId, due)).ShouldHaveSingleItem();

        var issued = await outbox.IssueAsync(teamId, [due], CancellationToken.None);

        issued.ShouldBeEmpty();
        (await api.WithDbAsync(db => db.Reminders.CountAsync())).ShouldBe(1);
    }

    [EngineFact]
    public async Task The_recipient_reads_dismisses_and_snoozes_and_the_times_are_stored(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (teamId, due) = await OverdueFollowUpAsync(api);
        var id = (await IssueAsync(api, teamId, due)).Single().Id;
        var now = api.Clock.GetUtcNow();

        await api.WithDbAsync(async db =>
        {
            var reminder = await db.Reminders.SingleAsync(r => r.Id == id);
            reminder.MarkRead(due.RecipientId, now);
            reminder.Snooze(due.RecipientId, now.AddHours(1), now);
            await db.SaveChangesAsync();
            return 0;
        });

        var stored = await api.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync(r => r.Id == id));
        stored.ReadAt.ShouldBe(now);
        stored.SnoozedUntil.ShouldBe(now.AddHours(1));
    }

    [EngineFact]
    public async Task A_recipients_reminders_are_read_back_after_a_given_id_in_issue_order(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (teamId, due) = await OverdueFollowUpAsync(api);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await IssueAsync(api, teamId, due with { CauseKey = $"{due.CauseKey}:{i}" })).Single().Id);
        }

        await using var scope = api.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReminderRepository>();

        (await repository.ListForRecipientAsync(due.RecipientId, null, 10, CancellationToken.None))
            .Select(r => r.Id)
            .ShouldBe(ids);
        (await repository.ListForRecipientAsync(due.RecipientId, ids[0], 10, CancellationToken.None))
            .Select(r => r.Id)
            .ShouldBe(ids[1..]);
        (await repository.ListForRecipientAsync(due.RecipientId, ids[0], 1, CancellationToken.None))
            .Select(r => r.Id)
            .ShouldBe([ids[1]]);
        (await repository.ListForRecipientAsync(Guid.NewGuid(), null, 10, CancellationToken.None)).ShouldBeEmpty();
    }

    private sealed class StaleFirstRead(IReminderRepository inner) : IReminderRepository
    {
        private bool _read;

        public Task<Reminder?> FindAsync(Guid id, CancellationToken cancellationToken) =>
            inner.FindAsync(id, cancellationToken);

        public Task<IReadOnlySet<string>> StoredKeysAsync(
            IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            if (_read)
            {
                return inner.StoredKeysAsync(keys, cancellationToken);
            }

            _read = true;
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
        }

        public Task<IReadOnlyList<Reminder>> ListForRecipientAsync(
            Guid recipientId, Guid? afterReminderId, int limit, CancellationToken cancellationToken) =>
            inner.ListForRecipientAsync(recipientId, afterReminderId, limit, cancellationToken);

        public void Add(Reminder reminder) => inner.Add(reminder);
    }

    private static async Task<IReadOnlyList<Reminder>> IssueAsync(TestApi api, Guid teamId, DueReminder due)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderOutbox>()
            .IssueAsync(teamId, [due], CancellationToken.None);
    }

    private static async Task<(Guid TeamId, DueReminder Due)> OverdueFollowUpAsync(TestApi api)
    {
        await api.EnrollAsync("rep", UserRole.Salesperson);
        return await api.WithDbAsync(async db =>
        {
            var rep = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
            var now = api.Clock.GetUtcNow();
            var customer = Customer.Register(
                api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, "王先生", null, now);
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            var planId = api.Ids.NewId();
            return (rep.TeamId, new DueReminder(ReminderKind.FollowUpOverdue, rep.Id, customer.Id, planId,
                $"plan:{planId:N}:overdue", now.AddHours(-1), "Follow-up overdue", "跟进逾期"));
        });
    }
}
