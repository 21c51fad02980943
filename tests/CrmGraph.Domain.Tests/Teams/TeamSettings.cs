using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.Teams;

public sealed class TeamSettings
{
    [Fact]
    public void Defaults_follow_the_teams_written_rules()
    {
        var team = A.Team();

        team.TimeZoneId.ShouldBe("Asia/Shanghai");
        team.Cadence.IntervalDays(LifecycleStage.FollowingUp, CustomerGrade.A).ShouldBe(1);
        team.Cadence.IntervalDays(LifecycleStage.FollowingUp, CustomerGrade.B).ShouldBe(3);
        team.Cadence.IntervalDays(LifecycleStage.FollowingUp, CustomerGrade.C).ShouldBe(7);
        team.Cadence.IntervalDays(LifecycleStage.Prospect, null).ShouldBe(14);
        team.Cadence.IntervalDays(LifecycleStage.Maintaining, CustomerGrade.C).ShouldBe(30);
        team.Weights.Total.ShouldBe(100);
    }

    [Fact]
    public void Invalid_settings_change_nothing()
    {
        var team = A.Team();

        var error = Should.Throw<DomainException>(() => team.ChangeSettings(
            new TeamSettingsChange(Name: "新名字", Weights: new EvaluationWeights { SalesAmount = 50 }), A.Now));

        error.Code.ShouldBe("WEIGHTS_MUST_SUM_TO_100");
        team.Name.ShouldBe("华东销售一组");
    }

    [Fact]
    public void Today_is_the_teams_local_date()
    {
        var team = A.Team();

        team.LocalDate(new DateTimeOffset(2026, 3, 1, 17, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 3, 2));
    }
}
