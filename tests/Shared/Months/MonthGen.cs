using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Service;
using FsCheck;
using FsCheck.Fluent;

namespace CrmGraph.Tests.Shared.Months;

/// <summary>FsCheck generators of <see cref="GeneratedMonth"/>: every row valid for the domain, times around the
/// period.</summary>
public static class MonthGen
{
    private static readonly DateTimeOffset Start = GeneratedMonth.From.AddDays(-10);
    private static readonly int SpanMinutes = (int)(GeneratedMonth.To.AddDays(10) - Start).TotalMinutes;

    /// <summary>An instant: mostly anywhere in the 48 days around the period, sometimes exactly on a bound or next to
    /// it.</summary>
    public static Gen<DateTimeOffset> Instant { get; } = Gen.Frequency(
        (10, Gen.Choose(0, SpanMinutes).Select(m => Start.AddMinutes(m))),
        (1, Gen.Elements(GeneratedMonth.From, GeneratedMonth.To, GeneratedMonth.From.AddMinutes(-1),
            GeneratedMonth.To.AddMinutes(-1))));

    /// <summary>"Now" is inside the period (plans due later are not due yet) or after it.</summary>
    private static Gen<DateTimeOffset> Now { get; } =
        Gen.Elements(GeneratedMonth.From.AddDays(14).AddHours(5), GeneratedMonth.To.AddDays(11));

    public static Gen<GeneratedMonth> Month { get; } =
        from salespeople in Gen.Choose(1, 3)
        from customers in Customer(salespeople).ListOf().Resize(15)
        from month in Rows(salespeople, [.. customers])
        select month;

    private static Gen<MonthCustomer> Customer(int salespeople) =>
        from owner in Gen.Choose(0, salespeople - 1)
        from source in Gen.Elements(CustomerSource.Exhibition, CustomerSource.Referral, CustomerSource.OnlineAd,
            CustomerSource.Website)
        from entered in Instant
        from lagHours in Gen.Choose(0, 60)
        select new MonthCustomer(owner, source, entered.AddHours(-lagHours), entered);

    private static Gen<GeneratedMonth> Rows(int salespeople, MonthCustomer[] customers)
    {
        if (customers.Length == 0)
        {
            return from now in Now
                   select new GeneratedMonth(salespeople, [], [], [], [], [], [],
                       [.. Enumerable.Repeat<MonthRating?>(null, salespeople)], now);
        }

        var customer = Gen.Choose(0, customers.Length - 1);
        DateTimeOffset After(DateTimeOffset floor, DateTimeOffset at) => at < floor ? floor : at;

        var record = from c in customer
                     from channel in Gen.Choose(0, 6)
                     from at in Instant
                     from lagMinutes in Gen.Choose(0, 40 * 60)
                     let happened = After(customers[c].EnteredAt, at)
                     select new MonthRecord(c, (FollowUpChannel)channel, happened, happened.AddMinutes(lagMinutes));
        var deal = from c in customer
                   from opened in Instant
                   from closed in Instant
                   from status in Gen.Elements(DealStatus.Open, DealStatus.Won, DealStatus.Won, DealStatus.Lost)
                   from cents in Gen.Choose(1, 10_000_000)
                   from reason in Gen.Choose(0, 4)
                   let openedAt = After(customers[c].EnteredAt, opened)
                   select new MonthDeal(c, openedAt, status, After(openedAt, closed), cents / 100m, (LostReason)reason);
        var plan = from c in customer
                   from due in Instant
                   from outcome in Gen.Elements(MonthPlanOutcome.Open, MonthPlanOutcome.Cancelled,
                       MonthPlanOutcome.Done, MonthPlanOutcome.Done)
                   from done in Instant
                   select new MonthPlan(
                       c, After(customers[c].EnteredAt.AddHours(1), due), outcome, After(customers[c].EnteredAt, done));
        var survey = from c in customer
                     from score in Gen.Choose(1, 5)
                     from at in Instant
                     select new MonthSurvey(c, score, After(customers[c].EnteredAt, at));
        var service = from c in customer
                      from type in Gen.Choose(0, 2)
                      from at in Instant
                      from step in Gen.Choose(0, 3)
                      from answerHours in Gen.Choose(0, 30)
                      from resolveHours in Gen.Choose(1, 200)
                      from resolvedSatisfied in Gen.Elements<bool?>(null, false, true)
                      from revisitHours in Gen.Choose(1, 600)
                      from revisitSatisfied in Gen.Elements(false, true)
                      let requested = After(customers[c].EnteredAt, at)
                      let answered = step >= 1 ? requested.AddHours(answerHours) : (DateTimeOffset?)null
                      let resolved = step >= 2 ? answered!.Value.AddHours(resolveHours) : (DateTimeOffset?)null
                      let revisited = step >= 3 ? resolved!.Value.AddHours(revisitHours) : (DateTimeOffset?)null
                      select new MonthService(c, (ServiceType)type, requested, answered, resolved, resolved is null
                          ? null : resolvedSatisfied, revisited, revisitSatisfied);
        var rating = Gen.Frequency(
            (1, Gen.Constant<MonthRating?>(null)),
            (3, from a in Gen.Choose(1, 5)
                from b in Gen.Choose(1, 5)
                from f in Gen.Choose(1, 5)
                select (MonthRating?)new MonthRating(a, b, f)));

        // A third of the months log almost no follow-ups: the salesperson of the issue, who wins without records.
        return from records in Gen.Frequency((1, Gen.Choose(0, 2)), (2, Gen.Choose(0, 12))).SelectMany(n =>
            record.ListOf(n))
               from deals in deal.ListOf().Resize(16)
               from plans in plan.ListOf().Resize(8)
               from surveys in survey.ListOf().Resize(6)
               from services in service.ListOf().Resize(8)
               from ratings in rating.ListOf(salespeople)
               from now in Now
               select new GeneratedMonth(salespeople, customers, [.. records], [.. deals], [.. plans], [.. surveys],
                   [.. services], [.. ratings], now);
    }
}
