using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Builders;

/// <summary>Test data in sales language: a team, people and customers at a fixed instant.</summary>
public static class A
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    public static readonly Guid TeamId = Guid.Parse("00000000-0000-7000-8000-000000000001");
    public static readonly Guid Salesperson = Guid.Parse("00000000-0000-7000-8000-000000000002");
    public static readonly Guid Supervisor = Guid.Parse("00000000-0000-7000-8000-000000000003");
    public static readonly Guid OtherSalesperson = Guid.Parse("00000000-0000-7000-8000-000000000004");
    private static int _ids;

    public static Guid NewId() => Guid.Parse($"00000000-0000-7000-9000-{Interlocked.Increment(ref _ids):D12}");

    public static Team Team() => Domain.Teams.Team.Found(TeamId, "华东销售一组", null, Now);

    public static Customer Prospect(
        string name = "上海星辰科技有限公司", CustomerKind kind = CustomerKind.Organization, CustomerProfile? profile = null) =>
        Customer.Register(NewId(), TeamId, Salesperson, kind, name, Now.AddHours(-2), Now, profile);

    public static Customer EstablishedCustomer()
    {
        var customer = Prospect();
        customer.Advance(StageTrigger.FirstFollowUp, Salesperson, Now);
        customer.Advance(StageTrigger.DealWon, Salesperson, Now);
        return customer;
    }
}
