using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;

namespace CrmGraph.Domain.Analytics;

/// <summary>A follow-up plan as the review counts it.</summary>
public sealed record ReviewPlan(DateTimeOffset DueAt, FollowUpPlanStatus Status, DateTimeOffset? CompletedAt);

/// <summary>A service record as the review counts it.</summary>
public sealed record ReviewService(ServiceType Type, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

public sealed record StageCount(LifecycleStage Stage, int Customers);

public sealed record TimelinessFigures(int PlansDue, int DoneOnTime, decimal? Percent);

public sealed record ServiceFigures(
    int Services, int Complaints, decimal? ComplaintRatePercent, decimal? AverageResponseHours);

/// <summary>
/// The counts of the monthly review that <see cref="ReviewFormulas"/> leaves out (customers per stage, overdue
/// follow-ups, timeliness, complaint rate, satisfaction, late records), with the same definitions the performance
/// evaluation uses, so the API's SQL can be checked against them on any data.
/// </summary>
public static class ReviewCounts
{
    /// <summary>客户阶段分布: every stage, in lifecycle order, with zero for stages nobody is in.</summary>
    public static IReadOnlyList<StageCount> CustomersPerStage(IEnumerable<LifecycleStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        return CustomersPerStageCounts(stages.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The same list from customers counted per stage (stages missing from the counts have zero).</summary>
    public static IReadOnlyList<StageCount> CustomersPerStageCounts(IReadOnlyDictionary<LifecycleStage, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [.. Enum.GetValues<LifecycleStage>().Select(s => new StageCount(s, counts.GetValueOrDefault(s)))];
    }

    /// <summary>
    /// 逾期跟进: plans still open whose due time is before <paramref name="asOf"/> (as
    /// <see cref="FollowUpPlan.IsOverdue"/>).
    /// </summary>
    public static int OverdueAt(IEnumerable<ReviewPlan> plans, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return plans.Count(p => p.Status == FollowUpPlanStatus.Planned && p.DueAt < asOf);
    }

    /// <summary>
    /// 跟进及时率: of the plans due in the period (cancelled ones excluded), those completed by their due time.
    /// These are <see cref="PerformanceFacts.PlansDue"/> and <see cref="PerformanceFacts.PlansDoneOnTime"/>.
    /// </summary>
    public static TimelinessFigures Timeliness(IEnumerable<ReviewPlan> plansDueInPeriod)
    {
        ArgumentNullException.ThrowIfNull(plansDueInPeriod);
        var due = plansDueInPeriod.Where(p => p.Status != FollowUpPlanStatus.Cancelled).ToList();
        var onTime = due.Count(p => p.Status == FollowUpPlanStatus.Done && p.CompletedAt <= p.DueAt);
        return new TimelinessFigures(due.Count, onTime, Ratio.Percent(onTime, due.Count));
    }

    /// <summary>
    /// 投诉率 and response time: complaints among the service records of the period; mean hours to first answer.
    /// </summary>
    public static ServiceFigures Services(IReadOnlyCollection<ReviewService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var answered = services.Where(s => s.AnsweredAt is not null).ToList();
        return Services(
            services.Count, services.Count(s => s.Type == ServiceType.Complaint), answered.Count,
            new TimeSpan(answered.Sum(s => (s.AnsweredAt!.Value - s.RequestedAt).Ticks)));
    }

    /// <summary>
    /// The same figures from counts: services, complaints among them, answered ones and their total response time.
    /// </summary>
    public static ServiceFigures Services(int services, int complaints, int answered, TimeSpan totalResponse) =>
        new(services, complaints, Ratio.Percent(complaints, services), ReviewFormulas.AverageHours(
            totalResponse, answered));

    /// <summary>服务满意度: service records judged satisfied among those with a known satisfaction, in percent.</summary>
    public static decimal? ServiceSatisfactionPercent(int satisfied, int judged) => Ratio.Percent(satisfied, judged);

    /// <summary>客户满意度: surveys scoring 4 or 5 among all surveys of the period, in percent.</summary>
    public static decimal? SatisfactionPercent(IReadOnlyCollection<int> surveyScores)
    {
        ArgumentNullException.ThrowIfNull(surveyScores);
        return Ratio.Percent(surveyScores.Count(s => s >= 4), surveyScores.Count);
    }

    /// <summary>记录滞后: follow-ups recorded more than <paramref name="hours"/> after they happened.</summary>
    public static int RecordedLate(IEnumerable<ReviewFollowUp> followUps, int hours)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        return followUps.Count(f => f.RecordLag > TimeSpan.FromHours(hours));
    }
}
