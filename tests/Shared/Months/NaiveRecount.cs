using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;

namespace CrmGraph.Tests.Shared.Months;

/// <summary>One salesperson's evaluation counts, recounted by hand (the same order as the domain's
/// PerformanceFacts).</summary>
public sealed record NaiveFacts(
    int Surveys,
    int SatisfiedSurveys,
    int Services,
    int Complaints,
    decimal SalesAmount,
    int NewCustomers,
    int CustomersFollowedUp,
    int CustomersWorked,
    int CustomersConverted,
    int PlansDue,
    int PlansDoneOnTime,
    int DealsWon,
    int DealsWonWithoutFollowUp);

/// <summary>The whole team's review counts for the period, recounted by hand.</summary>
public sealed record NaiveReview(
    int NewCustomers,
    IReadOnlyDictionary<CustomerSource, (int Customers, int Converted)> Sources,
    IReadOnlyDictionary<FollowUpChannel, (int Customers, int Won)> Channels,
    IReadOnlyDictionary<LostReason, int> LostDeals,
    int Services,
    int Complaints,
    int CustomersServed,
    int Judged,
    int Satisfied,
    int FollowUpRecords,
    int LateRecords,
    int LateCustomerEntries,
    int OverdueFollowUps);

/// <summary>
/// The definitions of docs/metrics.md written as plain loops over a <see cref="GeneratedMonth"/>, sharing no code with
/// the domain or the SQL they check. Entry deadline: the default 24 hours.
/// </summary>
public static class NaiveRecount
{
    private const int DeadlineHours = 24;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(GeneratedMonth.TimeZone);

    private static bool InPeriod(DateTimeOffset at) => at >= GeneratedMonth.From && at < GeneratedMonth.To;

    private static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at,
        Zone).DateTime);

    public static NaiveFacts Facts(GeneratedMonth month, int salesperson)
    {
        ArgumentNullException.ThrowIfNull(month);
        bool Mine(int customer) => month.OwnerOf(customer) == salesperson;
        var records = month.AllRecords.ToList();

        int surveys = 0, satisfied = 0;
        foreach (var s in month.Surveys)
        {
            if (Mine(s.Customer) && InPeriod(s.AnsweredAt))
            {
                surveys++;
                satisfied += s.Score >= 4 ? 1 : 0;
            }
        }

        int services = 0, complaints = 0;
        foreach (var s in month.Services)
        {
            if (Mine(s.Customer) && InPeriod(s.RequestedAt))
            {
                services++;
                complaints += s.Type == ServiceType.Complaint ? 1 : 0;
            }
        }

        var newCustomers = 0;
        for (var c = 0; c < month.Customers.Count; c++)
        {
            newCustomers += Mine(c) && InPeriod(month.Customers[c].EnteredAt) ? 1 : 0;
        }

        var followedUp = new HashSet<int>();
        foreach (var r in records)
        {
            if (Mine(r.Customer) && InPeriod(r.HappenedAt))
            {
                followedUp.Add(r.Customer);
            }
        }

        var worked = new HashSet<int>(followedUp);
        var converted = new HashSet<int>();
        decimal amount = 0;
        int won = 0, wonWithoutFollowUp = 0;
        foreach (var d in month.Deals)
        {
            if (!Mine(d.Customer))
            {
                continue;
            }

            var closed = d.Status != DealStatus.Open;
            var closedInPeriod = closed && InPeriod(d.ClosedAt);
            var openDuringPeriod = d.OpenedAt < GeneratedMonth.To && (!closed || d.ClosedAt >= GeneratedMonth.From);
            if (closedInPeriod || openDuringPeriod)
            {
                worked.Add(d.Customer);
            }

            if (d.Status == DealStatus.Won && closedInPeriod)
            {
                won++;
                amount += d.Amount;
                converted.Add(d.Customer);
                var followedBefore = false;
                foreach (var r in records)
                {
                    followedBefore |= r.Customer == d.Customer && r.HappenedAt <= d.ClosedAt;
                }

                wonWithoutFollowUp += followedBefore ? 0 : 1;
            }
        }

        var dueBy = GeneratedMonth.To < month.Now ? GeneratedMonth.To : month.Now;
        int due = 0, onTime = 0;
        foreach (var p in month.Plans)
        {
            if (Mine(p.Customer) && p.Outcome != MonthPlanOutcome.Cancelled && p.DueAt >= GeneratedMonth.From
                && p.DueAt < dueBy)
            {
                due++;
                onTime += p.Outcome == MonthPlanOutcome.Done && LocalDay(p.DoneAt) <= LocalDay(p.DueAt) ? 1 : 0;
            }
        }

        return new NaiveFacts(
            surveys, satisfied, services, complaints, amount, newCustomers, followedUp.Count, worked.Count,
                converted.Count, due, onTime, won, wonWithoutFollowUp);
    }

    public static NaiveReview Review(GeneratedMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var wonInPeriod = new HashSet<int>();
        var lost = new Dictionary<LostReason, int>();
        foreach (var d in month.Deals)
        {
            if (d.Status == DealStatus.Won && InPeriod(d.ClosedAt))
            {
                wonInPeriod.Add(d.Customer);
            }

            if (d.Status == DealStatus.Lost && InPeriod(d.ClosedAt))
            {
                lost[d.Reason] = lost.GetValueOrDefault(d.Reason) + 1;
            }
        }

        var sources = new Dictionary<CustomerSource, (int Customers, int Converted)>();
        int newCustomers = 0, lateEntries = 0;
        for (var c = 0; c < month.Customers.Count; c++)
        {
            var customer = month.Customers[c];
            if (InPeriod(customer.EnteredAt))
            {
                newCustomers++;
                lateEntries += customer.EnteredAt - customer.FirstContactAt > TimeSpan.FromHours(DeadlineHours) ? 1 : 0;
                var (all, conv) = sources.GetValueOrDefault(customer.Source);
                sources[customer.Source] = (all + 1, conv + (wonInPeriod.Contains(c) ? 1 : 0));
            }
        }

        var perChannel = new Dictionary<FollowUpChannel, HashSet<int>>();
        int recordCount = 0, lateRecords = 0;
        foreach (var r in month.AllRecords)
        {
            if (InPeriod(r.HappenedAt))
            {
                recordCount++;
                lateRecords += r.RecordedAt - r.HappenedAt > TimeSpan.FromHours(DeadlineHours) ? 1 : 0;
                if (!perChannel.TryGetValue(r.Channel, out var set))
                {
                    perChannel[r.Channel] = set = [];
                }

                set.Add(r.Customer);
            }
        }

        var channels = perChannel.ToDictionary(p => p.Key, p => (p.Value.Count, p.Value.Count(wonInPeriod.Contains)));

        int services = 0, complaints = 0, judged = 0, satisfied = 0;
        var served = new HashSet<int>();
        foreach (var s in month.Services)
        {
            if (InPeriod(s.RequestedAt))
            {
                services++;
                complaints += s.Type == ServiceType.Complaint ? 1 : 0;
                served.Add(s.Customer);
            }

            // Settled by the revisit when there was one, else by the resolution; the later verdict stands.
            var verdict = s.RevisitedAt is not null ? s.RevisitSatisfied : s.ResolvedSatisfied;
            var settledAt = s.RevisitedAt ?? s.ResolvedAt;
            if (verdict is not null && settledAt is { } at && InPeriod(at))
            {
                judged++;
                satisfied += verdict == true ? 1 : 0;
            }
        }

        var overdue = 0;
        foreach (var p in month.Plans)
        {
            overdue += p.Outcome == MonthPlanOutcome.Open && p.DueAt < month.Now ? 1 : 0;
        }

        return new NaiveReview(
            newCustomers, sources, channels, lost, services, complaints, served.Count, judged, satisfied, recordCount,
                lateRecords, lateEntries, overdue);
    }
}
