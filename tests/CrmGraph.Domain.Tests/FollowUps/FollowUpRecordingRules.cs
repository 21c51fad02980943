using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Domain.Tests.FollowUps;

public sealed class FollowUpRecordingRules
{
    private static FollowUpDetails Call(DateTimeOffset at, DateTimeOffset? next = null) =>
        new(at, FollowUpChannel.Phone, FollowUpPurpose.NeedsDiscovery, "确认预算与上线时间", "预算已批", NextFollowUpAt: next);

    [Fact]
    public void Recording_completes_the_plan_and_moves_a_prospect_to_following_up()
    {
        var team = A.Team();
        var customer = A.Prospect();
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(1), FollowUpChannel.Phone,
            FollowUpPurpose.FirstContact, null, A.Now);

        var recorded = FollowUpRecording.Record(
            customer, team, plan, 0, A.NewId(), A.NewId(), A.Salesperson, Call(A.Now.AddHours(2)), A.Now.AddHours(3));

        plan.Status.ShouldBe(FollowUpPlanStatus.Done);
        plan.CompletedByRecordId.ShouldBe(recorded.Record.Id);
        customer.Stage.ShouldBe(LifecycleStage.FollowingUp);
        customer.LastFollowUpAt.ShouldBe(A.Now.AddHours(2));
        recorded.Record.RecordLag.ShouldBe(TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData(15, 59, true)] // 23:59 in Shanghai on the planned day (2 March): on time
    [InlineData(16, 0, false)] // 00:00 on 3 March in Shanghai, though still 2 March in UTC: late
    public void A_plan_is_done_on_time_when_its_follow_up_happens_by_the_end_of_the_planned_day_in_the_teams_zone(
        int utcHour, int minute, bool onTime)
    {
        var team = A.Team();
        var customer = A.Prospect();
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero),
            FollowUpChannel.Phone, FollowUpPurpose.FirstContact, null, A.Now);
        var happened = new DateTimeOffset(2026, 3, 2, utcHour, minute, 0, TimeSpan.Zero);

        FollowUpRecording.Record(
            customer, team, plan, 0, A.NewId(), A.NewId(), A.Salesperson, Call(happened), happened.AddMinutes(5));

        plan.DoneOnTime.ShouldBe(onTime);
    }

    [Fact]
    public void The_next_plan_comes_from_the_record_or_else_from_the_grade_cadence_in_the_teams_time_zone()
    {
        var team = A.Team();
        var customer = A.Prospect();
        customer.Regrade(CustomerGrade.B, "有初步需求", A.Salesperson, null, A.Now);
        var happened = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero); // 23:00 in Shanghai, 2 March

        var byCadence = FollowUpRecording.Record(
            customer, team, null, 0, A.NewId(), A.NewId(), A.Salesperson, Call(happened), happened.AddMinutes(5));
        var byRecord = FollowUpRecording.Record(
            customer, team, null, 1, A.NewId(), A.NewId(), A.Salesperson,
            Call(happened.AddMinutes(30), happened.AddDays(1)), happened.AddMinutes(35));

        // 5 March 10:00 Shanghai
        byCadence.NextPlan.DueAt.ShouldBe(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero));
        byCadence.NextPlan.FromCadence.ShouldBeTrue();
        byRecord.NextPlan.DueAt.ShouldBe(happened.AddDays(1));
        byRecord.NextPlan.FromCadence.ShouldBeFalse();
    }

    [Fact]
    public void Beyond_the_daily_cap_is_refused_or_warned_per_team_setting()
    {
        var team = A.Team();
        var customer = A.Prospect();

        var refused = Should.Throw<DomainException>(() => FollowUpRecording.Record(
            customer, team, null, 3, A.NewId(), A.NewId(), A.Salesperson, Call(A.Now), A.Now));
        refused.Code.ShouldBe("DAILY_FOLLOW_UP_CAP_REACHED");
        customer.Stage.ShouldBe(LifecycleStage.Prospect);
        team.ChangeSettings(new TeamSettingsChange(Cadence: new CadencePolicy { RefuseBeyondDailyCap = false }), A.Now);
        FollowUpRecording.Record(customer, team, null, 3, A.NewId(), A.NewId(), A.Salesperson, Call(
            A.Now), A.Now).BeyondDailyCap.ShouldBeTrue();
    }

    [Fact]
    public void A_record_cannot_be_in_the_future_or_for_a_closed_plan()
    {
        var team = A.Team();
        var customer = A.Prospect();
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now, FollowUpChannel.Phone, FollowUpPurpose.FirstContact,
            null, A.Now);
        plan.Cancel("客户出差", A.Now);

        Should.Throw<DomainException>(() => FollowUpRecording.Record(
            customer, team, null, 0, A.NewId(), A.NewId(), A.Salesperson, Call(A.Now.AddHours(1)),
            A.Now)).Code.ShouldBe("FOLLOW_UP_IN_FUTURE");
        Should.Throw<DomainException>(() => FollowUpRecording.Record(
            customer, team, plan, 0, A.NewId(), A.NewId(), A.Salesperson, Call(A.Now),
            A.Now)).Code.ShouldBe("PLAN_NOT_OPEN");
    }

    [Fact]
    public void A_plan_is_overdue_once_its_time_passed_and_it_is_not_done()
    {
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, A.Now, FollowUpChannel.WeChat, FollowUpPurpose.Care, null,
            A.Now.AddDays(-1));

        plan.IsOverdue(A.Now.AddSeconds(-1)).ShouldBeFalse();
        plan.IsOverdue(A.Now.AddSeconds(1)).ShouldBeTrue();
        plan.Reschedule(A.Now.AddDays(2), "客户要求改期", A.Now);
        plan.IsOverdue(A.Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Rescheduling_marks_when_the_due_time_was_last_set()
    {
        var plan = FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, A.Now, FollowUpChannel.WeChat, FollowUpPurpose.Care, null,
            A.Now.AddDays(-1));
        plan.ScheduledAt.ShouldBe(A.Now.AddDays(-1));

        plan.Reschedule(A.Now.AddDays(-3), "补录", A.Now);

        plan.ScheduledAt.ShouldBe(A.Now);
        plan.CreatedAt.ShouldBe(A.Now.AddDays(-1));
    }

    [Fact]
    public void A_new_customers_first_follow_up_is_due_within_a_week_of_first_contact()
    {
        var customer = A.Prospect();

        Cadence.FirstFollowUpDue(customer, A.Team()).ShouldBe(new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero));
    }
}
