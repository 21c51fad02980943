using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using CrmGraph.Domain.Visibility;

namespace CrmGraph.Domain.Tests.Visibility;

public sealed class CustomerVisibilityRules
{
    private static readonly Guid OtherTeam = Guid.Parse("00000000-0000-7000-8000-0000000000ff");

    [Fact]
    public void Salespeople_see_own_shared_and_pool_customers_of_their_team()
    {
        var own = A.Prospect();
        var colleagues = Customer.Register(
            A.NewId(), A.TeamId, A.OtherSalesperson, CustomerKind.Individual, "同事的客户", null, A.Now);
        var shared = Customer.Register(
            A.NewId(), OtherTeam, A.OtherSalesperson, CustomerKind.Individual, "共享的客户", null, A.Now);
        shared.ShareWith(A.Salesperson, A.Now);
        var pool = Customer.Register(
            A.NewId(), A.TeamId, A.OtherSalesperson, CustomerKind.Individual, "公海客户", null, A.Now);
        pool.ReleaseToPool(A.OtherSalesperson, "无法联系", A.Now);
        var otherPool = Customer.Register(
            A.NewId(), OtherTeam, A.OtherSalesperson, CustomerKind.Individual, "别组公海", null, A.Now);
        otherPool.ReleaseToPool(A.OtherSalesperson, "无法联系", A.Now);

        var visible = CustomerVisibility.VisibleTo(A.Salesperson, A.TeamId, UserRole.Salesperson).Compile();

        new[] { own, colleagues, shared, pool, otherPool }.Select(visible).ShouldBe([true, false, true, true, false]);
    }

    [Fact]
    public void Supervisors_see_their_team_and_admins_see_all()
    {
        var mine = A.Prospect();
        var foreign = Customer.Register(
            A.NewId(), OtherTeam, A.OtherSalesperson, CustomerKind.Individual, "别组客户", null, A.Now);

        CustomerVisibility.VisibleTo(A.Supervisor, A.TeamId, UserRole.Supervisor).Compile()(mine).ShouldBeTrue();
        CustomerVisibility.VisibleTo(A.Supervisor, A.TeamId, UserRole.Supervisor).Compile()(foreign).ShouldBeFalse();
        CustomerVisibility.VisibleTo(A.Supervisor, OtherTeam, UserRole.Admin).Compile()(mine).ShouldBeTrue();
    }

    [Theory]
    [InlineData(UserRole.Admin, false, true)]
    [InlineData(UserRole.Supervisor, true, true)]
    [InlineData(UserRole.Supervisor, false, false)]
    [InlineData(UserRole.Salesperson, true, false)]
    public void Whole_team_views_are_exactly_those_that_admit_every_customer_of_the_team(
        UserRole role, bool ownTeam, bool wholeTeam)
    {
        var viewerTeam = ownTeam ? A.TeamId : OtherTeam;
        var visible = CustomerVisibility.VisibleTo(A.Supervisor, viewerTeam, role).Compile();
        var pool = Customer.Register(
            A.NewId(), A.TeamId, A.OtherSalesperson, CustomerKind.Individual, "公海客户", null, A.Now);
        pool.ReleaseToPool(A.OtherSalesperson, "无法联系", A.Now);
        var team = new[] { A.Prospect(), Customer.Register(
            A.NewId(), A.TeamId, A.OtherSalesperson, CustomerKind.Organization, "同事的客户", null, A.Now), pool };

        CustomerVisibility.SeesWholeTeam(viewerTeam, role, A.TeamId).ShouldBe(wholeTeam);
        team.All(visible).ShouldBe(wholeTeam);
    }

    [Theory]
    [InlineData(UserRole.Salesperson)]
    [InlineData(UserRole.Supervisor)]
    [InlineData(UserRole.Admin)]
    public void The_parts_of_the_rule_are_disjoint_and_together_are_the_rule(UserRole role)
    {
        var customers = new List<Customer>();
        foreach (var team in new[] { A.TeamId, OtherTeam })
        {
            foreach (var owner in new[] { A.Salesperson, A.OtherSalesperson })
            {
                foreach (var (shared, pooled) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    var customer = Customer.Register(
                        A.NewId(), team, owner, CustomerKind.Individual, "客户", null, A.Now);
                    if (shared && owner != A.Salesperson)
                    {
                        customer.ShareWith(A.Salesperson, A.Now);
                    }

                    if (pooled)
                    {
                        customer.ReleaseToPool(owner, "无法联系", A.Now);
                    }

                    customers.Add(customer);
                }
            }
        }

        var rule = CustomerVisibility.VisibleTo(A.Salesperson, A.TeamId, role).Compile();
        var parts = CustomerVisibility.VisibleToParts(A.Salesperson, A.TeamId, role).Select(p => p.Compile()).ToList();

        // The shared part is its rest AND "shared with the viewer", as a store testing that in a table of its own
        // reads it (ADR-054).
        var besides = CustomerVisibility.SharedPartBesidesSharing(A.Salesperson, A.TeamId, role)?.Compile();
        foreach (var customer in customers)
        {
            parts.Count(p => p(customer)).ShouldBe(rule(customer) ? 1 : 0);
            if (besides is not null)
            {
                parts[CustomerVisibility.SharedPart](customer)
                    .ShouldBe(besides(customer) && customer.SharedWith.Contains(A.Salesperson));
            }
        }

        (besides is null).ShouldBe(role == UserRole.Admin);
    }
}
