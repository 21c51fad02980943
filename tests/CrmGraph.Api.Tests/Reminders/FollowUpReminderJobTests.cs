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
        (await api.WithDbAsync(db => db.Reminders.AsNoTracking().SingleAsync())).Kind.ShouldBe(ReminderKind.FollowUpDueSoon);

        await api.WithDbAsync(async db =>
        {
            var plan = await db.FollowUpPlans.SingleAsync();
            plan.Cancel("客户已签约", api.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        api.Clock.Advance(TimeSpan.FromHours(2));

        (await RunScanAsync(api)).ShouldBe(0);
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
            var customer = Customer.Register(api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, "王先生", null, now);
            var plan = FollowUpPlan.Schedule(api.Ids.NewId(), rep.TeamId, customer.Id, rep.Id, now.AddHours(1), FollowUpChannel.Phone, FollowUpPurpose.FirstContact, null, now);
            db.Customers.Add(customer);
            db.FollowUpPlans.Add(plan);
            await db.SaveChangesAsync();
            return (rep.Id, plan.Id);
        });
    }
}
