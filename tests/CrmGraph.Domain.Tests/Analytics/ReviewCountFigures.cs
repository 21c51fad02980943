using CrmGraph.Domain.Analytics;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;

namespace CrmGraph.Domain.Tests.Analytics;

public sealed class ReviewCountFigures
{
    [Fact]
    public void Customers_per_stage_lists_every_stage_in_lifecycle_order_with_zeros()
    {
        var counts = ReviewCounts.CustomersPerStage(
            [LifecycleStage.FollowingUp, LifecycleStage.Prospect, LifecycleStage.FollowingUp]);

        counts.Select(c => c.Stage).ShouldBe(Enum.GetValues<LifecycleStage>());
        counts.Single(c => c.Stage == LifecycleStage.FollowingUp).Customers.ShouldBe(2);
        counts.Single(c => c.Stage == LifecycleStage.Established).Customers.ShouldBe(0);
    }

    [Fact]
    public void Overdue_counts_open_plans_past_due_exactly_as_the_plan_itself_says()
    {
        var customer = A.Prospect();
        var plans = new[] { -3, -1, 1 }.Select(h => FollowUpPlan.Schedule(
            A.NewId(), A.TeamId, customer.Id, A.Salesperson, A.Now.AddHours(h), FollowUpChannel.Phone,
            FollowUpPurpose.Other, null, A.Now.AddDays(-1)))
            .ToList();
        plans[0].Cancel("客户取消", A.Now);

        var rows = plans.Select(p => new ReviewPlan(p.DueAt, p.Status, p.CompletedAt));

        ReviewCounts.OverdueAt(rows, A.Now).ShouldBe(plans.Count(p => p.IsOverdue(A.Now)));
        ReviewCounts.OverdueAt(rows, A.Now).ShouldBe(1);
    }

    [Fact]
    public void Timeliness_counts_plans_done_by_their_due_time_and_ignores_cancelled_ones()
    {
        ReviewPlan[] plans =
        [
            new(A.Now, FollowUpPlanStatus.Done, A.Now.AddMinutes(-5)),
            new(A.Now, FollowUpPlanStatus.Done, A.Now.AddHours(2)),
            new(A.Now, FollowUpPlanStatus.Planned, null),
            new(A.Now, FollowUpPlanStatus.Cancelled, null),
        ];

        ReviewCounts.Timeliness(plans).ShouldBe(new TimelinessFigures(3, 1, 33.33m));
        ReviewCounts.Timeliness([]).Percent.ShouldBeNull();
    }

    [Fact]
    public void Complaint_rate_and_response_time_come_from_the_service_records()
    {
        ReviewService[] services =
        [
            new(ServiceType.Complaint, A.Now, A.Now.AddHours(1)),
            new(ServiceType.Repair, A.Now, A.Now.AddHours(3)),
            new(ServiceType.Consultation, A.Now, null),
            new(ServiceType.AfterSales, A.Now, null),
        ];

        ReviewCounts.Services(services).ShouldBe(new ServiceFigures(4, 1, 25m, 2m));
    }

    [Fact]
    public void Satisfaction_is_the_share_of_surveys_scoring_four_or_five()
    {
        ReviewCounts.SatisfactionPercent([5, 4, 3, 1]).ShouldBe(50m);
        ReviewCounts.SatisfactionPercent([]).ShouldBeNull();
    }

    [Fact]
    public void Late_records_are_those_written_more_than_the_threshold_after_the_contact()
    {
        ReviewFollowUp[] followUps =
        [
            new(A.NewId(), FollowUpChannel.Phone, TimeSpan.FromMinutes(10), false),
            new(A.NewId(), FollowUpChannel.WeChat, TimeSpan.FromHours(30), false),
        ];

        ReviewCounts.RecordedLate(followUps, 24).ShouldBe(1);
    }
}
