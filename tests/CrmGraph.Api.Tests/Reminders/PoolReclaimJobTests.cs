using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>
/// The reclaim job against a real database: the customer and the former owner's reminder are saved together, once.
/// </summary>
public sealed class PoolReclaimJobTests
{
    [EngineFact]
    public async Task A_customer_whose_clock_ran_out_is_reclaimed_and_its_owner_told_once(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        await api.EnrollAsync("rep", UserRole.Salesperson);
        var (repId, customerId) = await api.WithDbAsync(async db =>
        {
            var rep = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
            var customer = Customer.Register(
                api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, "吴女士", null, api.Clock.GetUtcNow());
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            return (rep.Id, customer.Id);
        });
        api.Clock.Advance(TimeSpan.FromDays(40));

        (await RunAsync(api)).ShouldBe(1);
        (await RunAsync(api)).ShouldBe(0);

        (await api.WithDbAsync(
            db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId))).InPool.ShouldBeTrue();
        var told = await api.WithDbAsync(
            db => db.Reminders.AsNoTracking().Where(r => r.Kind == ReminderKind.PoolReclaimed).ToListAsync());
        told.ShouldHaveSingleItem().RecipientId.ShouldBe(repId);
    }

    private static async Task<int> RunAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PoolReclaimScan>().RunAsync(CancellationToken.None);
    }
}
