using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>The follow-up scan against a real database with a fixed clock: a due reminder is written once.</summary>
public sealed class FollowUpReminderJobTests
{
    [EngineFact]
    public async Task An_overdue_follow_up_is_reminded_once_and_running_the_scan_again_writes_nothing(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (ownerId, planId) = await PlanDueInAnHourAsync(api);
        api.Clock.Advance(TimeSpan.FromHours(2));

        var first = await RunScanAsync(api);
        var second = await RunScanAsync(api);

        first.ShouldBe(1);
        second.ShouldBe(0);
        var reminder = await api.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync());
        reminder.Kind.ShouldBe(ReminderKind.FollowUpOverdue);
        reminder.RecipientId.ShouldBe(ownerId);
        reminder.SubjectId.ShouldBe(planId);
        reminder.IssuedAt.ShouldBe(api.Clock.GetUtcNow());
    }

    [EngineFact]
    public async Task A_follow_up_due_within_the_window_is_due_soon_and_a_done_one_is_not_reminded(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        await PlanDueInAnHourAsync(api);

        (await RunScanAsync(api)).ShouldBe(1);
        (await api.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync())).Kind.ShouldBe(
            ReminderKind.FollowUpDueSoon);

        await api.WithDbAsync(async db =>
        {
            var plan = await db.FollowUpPlans.SingleAsync();
            plan.Cancel("客户已签约", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        api.Clock.Advance(TimeSpan.FromHours(2));

        (await RunScanAsync(api)).ShouldBe(0);
    }

    [EngineFact]
    public async Task Between_full_scans_a_plan_entered_late_or_rescheduled_is_reminded_on_the_next_minute(
        Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (_, planId) = await PlanDueInAnHourAsync(api);
        api.Clock.Advance(TimeSpan.FromHours(2));
        (await RunScanAsync(api)).ShouldBe(1);
        var fullScanAt = api.Clock.GetUtcNow();

        // Entered after that scan with a due time it had already passed: only the (re)scheduled time brings it in.
        api.Clock.Advance(TimeSpan.FromSeconds(30));
        var late = await api.WithDbAsync(async db =>
        {
            var first = await db.FollowUpPlans.AsNoTracking().SingleAsync();
            var plan = FollowUpPlan.Schedule(
                api.Ids.NewId(), first.TeamId, first.CustomerId, first.OwnerId, fullScanAt.AddDays(-1),
                FollowUpChannel.Phone, FollowUpPurpose.Care, null, api.Clock.GetUtcNow());
            db.FollowUpPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        api.Clock.Advance(TimeSpan.FromSeconds(30));
        (await RunScanAsync(api)).ShouldBe(1);

        // Rescheduled past the horizon, then the time passes: reminded again for the new due time.
        await api.WithDbAsync(async db =>
        {
            var plan = await db.FollowUpPlans.SingleAsync(p => p.Id == planId);
            plan.Reschedule(api.Clock.GetUtcNow().AddDays(3), "客户出差", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        (await RunScanAsync(api)).ShouldBe(0);
        await api.WithDbAsync(async db =>
        {
            var plan = await db.FollowUpPlans.SingleAsync(p => p.Id == planId);
            plan.Reschedule(api.Clock.GetUtcNow().AddMinutes(-5), "补记", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        (await RunScanAsync(api)).ShouldBe(1);

        var reminders = await api.WithDbAsync(db => db.Reminders.AsNoTracking().OrderBy(r => r.IssuedAt).ToListAsync());
        reminders.Select(r => (r.SubjectId, r.Kind)).ShouldBe([
            (planId, ReminderKind.FollowUpOverdue), (late, ReminderKind.FollowUpOverdue),
            (planId, ReminderKind.FollowUpOverdue)]);
        var mark = await api.WithDbAsync(db => db.FollowUpScanMarks.AsNoTracking().SingleAsync());
        mark.FullScanAt.ShouldBe(fullScanAt); // the later runs were incremental
        mark.ScannedUntil.ShouldBe(api.Clock.GetUtcNow());
    }

    [EngineFact]
    public async Task The_scan_no_longer_reads_a_plan_once_its_owner_holds_the_reminder_for_its_due_time(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (_, planId) = await PlanDueInAnHourAsync(api);
        api.Clock.Advance(TimeSpan.FromHours(2));
        var team = await api.WithDbAsync(
            db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == db.FollowUpPlans.Single().TeamId));
        var full = new FollowUpScanWindow(api.Clock.GetUtcNow(), TimeSpan.FromHours(team.Reminders.DueSoonHours), null);

        (await OpenPlansAsync(api, team.Id, full)).Select(p => p.Plan.Id).ShouldBe([planId]);
        await RunScanAsync(api);

        (await OpenPlansAsync(api, team.Id, full)).ShouldBeEmpty();
    }

    [EngineFact]
    public async Task A_mark_for_a_due_time_the_plan_no_longer_has_does_not_hide_it(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var (_, planId) = await PlanDueInAnHourAsync(api);
        var readDue = api.Clock.GetUtcNow().AddHours(1);
        api.Clock.Advance(TimeSpan.FromHours(2));
        var team = await api.WithDbAsync(
            db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == db.FollowUpPlans.Single().TeamId));
        var full = new FollowUpScanWindow(api.Clock.GetUtcNow(), TimeSpan.FromHours(team.Reminders.DueSoonHours), null);

        // Rescheduled between the scan's read and its mark: the mark names the old due time and leaves the plan
        // visible.
        await api.WithDbAsync(async db =>
        {
            var plan = await db.FollowUpPlans.SingleAsync();
            plan.Reschedule(api.Clock.GetUtcNow().AddMinutes(-10), "补记", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        await MarkAsync(api, new RemindedPlan(planId, readDue, ReminderKind.FollowUpOverdue));
        (await OpenPlansAsync(api, team.Id, full)).Select(p => p.Plan.Id).ShouldBe([planId]);

        await MarkAsync(
            api, new RemindedPlan(planId, api.Clock.GetUtcNow().AddMinutes(-10), ReminderKind.FollowUpOverdue));
        (await OpenPlansAsync(api, team.Id, full)).ShouldBeEmpty();
    }

    private static async Task MarkAsync(TestApi api, RemindedPlan plan)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IReminderScanSource>()
            .MarkRemindedAsync([plan], CancellationToken.None);
    }

    private static async Task<IReadOnlyList<PlanWithCustomer>> OpenPlansAsync(
        TestApi api, Guid teamId, FollowUpScanWindow window)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReminderScanSource>()
            .OpenPlansAsync(teamId, window, null, 10, CancellationToken.None);
    }

    private static async Task<int> RunScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpReminderScan>().RunAsync(CancellationToken.None);
    }

    private static async Task<(Guid OwnerId, Guid PlanId)> PlanDueInAnHourAsync(TestApi api)
    {
        await api.EnrollAsync("rep", UserRole.Salesperson);
        return await api.WithDbAsync(async db =>
        {
            var rep = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
            var now = api.Clock.GetUtcNow();
            var customer = Customer.Register(
                api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, "王先生", null, now);
            var plan = FollowUpPlan.Schedule(
                api.Ids.NewId(), rep.TeamId, customer.Id, rep.Id, now.AddHours(1), FollowUpChannel.Phone,
                FollowUpPurpose.FirstContact, null, now);
            db.Customers.Add(customer);
            db.FollowUpPlans.Add(plan);
            await db.SaveChangesAsync();
            return (rep.Id, plan.Id);
        });
    }
}
