using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Performance;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Tests.Performance;

public sealed class SupervisorRating
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly EndOfMarch = new(2026, 3, 31);
    private static readonly User Supervisor = User.Enroll(
        A.Supervisor, "zhang.zhuguan", "张主管", UserRole.Supervisor, A.TeamId, A.Now);
    private static readonly User Salesperson = User.Enroll(
        A.Salesperson, "li.yewu", "李业务", UserRole.Salesperson, A.TeamId, A.Now);

    [Fact]
    public void A_supervisor_rates_a_salesperson_of_the_team_for_a_period()
    {
        var rating = PerformanceRating.Rate(
            A.NewId(), Supervisor, Salesperson, March, EndOfMarch, new SupervisorRatings(5, 4, 3), "服务热情", A.Now);

        rating.Ratings.ShouldBe(new SupervisorRatings(5, 4, 3));
        rating.DomainEvents.OfType<PerformanceRated>().ShouldHaveSingleItem().SalespersonId.ShouldBe(A.Salesperson);
    }

    [Fact]
    public void A_salesperson_or_a_supervisor_of_another_team_cannot_rate()
    {
        var peer = User.Enroll(A.OtherSalesperson, "wang.yewu", "王业务", UserRole.Salesperson, A.TeamId, A.Now);
        var otherTeamSupervisor = User.Enroll(A.NewId(), "zhao.zhuguan", "赵主管", UserRole.Supervisor, A.NewId(), A.Now);

        Should.Throw<DomainException>(() => PerformanceRating.Rate(
            A.NewId(), peer, Salesperson, March, EndOfMarch, new SupervisorRatings(5, 5, 5), null,
            A.Now)).Code.ShouldBe("RATER_NOT_SUPERVISOR");
        Should.Throw<DomainException>(() => PerformanceRating.Rate(
            A.NewId(), otherTeamSupervisor, Salesperson, March, EndOfMarch, new SupervisorRatings(5, 5, 5), null,
            A.Now)).Code.ShouldBe("RATER_NOT_SUPERVISOR");
    }

    [Fact]
    public void Scores_are_one_to_five_and_a_refused_revision_changes_nothing()
    {
        Should.Throw<DomainException>(() => PerformanceRating.Rate(
            A.NewId(), Supervisor, Salesperson, March, EndOfMarch, new SupervisorRatings(6, 4, 3), null,
            A.Now)).Field.ShouldBe("serviceAttitude");
        var rating = PerformanceRating.Rate(
            A.NewId(), Supervisor, Salesperson, March, EndOfMarch, new SupervisorRatings(3, 3, 3), null, A.Now);

        Should.Throw<DomainException>(() => rating.Revise(
            Supervisor, new SupervisorRatings(4, 0, 4), "改", A.Now)).Field.ShouldBe("professionalAbility");

        rating.Ratings.ShouldBe(new SupervisorRatings(3, 3, 3));
        rating.RevisedAt.ShouldBeNull();
    }

    [Fact]
    public void The_latest_rating_feeds_the_weighted_total()
    {
        var rating = PerformanceRating.Rate(
            A.NewId(), Supervisor, Salesperson, March, EndOfMarch, new SupervisorRatings(3, 3, 3), null, A.Now);
        rating.Revise(Supervisor, new SupervisorRatings(5, 5, 5), "复核后上调", A.Now.AddDays(1));
        var facts = new PerformanceFacts(A.Salesperson, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var weights = new EvaluationWeights { Satisfaction = 0, ComplaintRate = 0, SalesAmount = 0, NewCustomers = 0, ConversionRate = 0, FollowUpTimeliness = 0, ServiceAttitude = 40, ProfessionalAbility = 30, CustomerFeedback = 30 };

        var figures = PerformanceFormulas.Evaluate([facts], PerformanceRating.BySalesperson([rating]), weights);

        figures.Single().TotalScore.ShouldBe(100m);
    }
}
