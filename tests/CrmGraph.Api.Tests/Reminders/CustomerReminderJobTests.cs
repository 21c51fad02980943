using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Reminders;
using CrmGraph.Domain.Users;
using CrmGraph.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Reminders;

/// <summary>The customer scan against a real database with a fixed clock.</summary>
public sealed class CustomerReminderJobTests
{
    [EngineFact]
    public async Task A_new_customer_not_followed_up_for_a_week_is_reminded_to_owner_and_supervisor_once(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        await api.EnrollAsync("rep", UserRole.Salesperson);
        await api.EnrollAsync("lead", UserRole.Supervisor);
        var (repId, leadId, customerId) = await api.WithDbAsync(async db =>
        {
            var rep = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "rep");
            var lead = await db.Users.AsNoTracking().SingleAsync(u => u.Login == "lead");
            var customer = Customer.Register(
                api.Ids.NewId(), rep.TeamId, rep.Id, CustomerKind.Individual, "孙先生", null, api.Clock.GetUtcNow());
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            return (rep.Id, lead.Id, customer.Id);
        });
        api.Clock.Advance(TimeSpan.FromDays(8));

        await RunScanAsync(api);
        (await RunScanAsync(api)).ShouldBe(0);

        var reminders = await api.WithDbAsync(db => db.Reminders.AsNoTracking().Where(
            r => r.Kind == ReminderKind.NewCustomerWithoutFollowUp).ToListAsync());
        reminders.Select(r => r.RecipientId).ShouldBe([repId, leadId], ignoreOrder: true);
        reminders.ShouldAllBe(r => r.CustomerId == customerId);
    }

    private static async Task<int> RunScanAsync(TestApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerReminderScan>().RunAsync(CancellationToken.None);
    }
}
