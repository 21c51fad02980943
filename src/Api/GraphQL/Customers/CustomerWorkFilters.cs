using System.Linq.Expressions;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// The customer filters of a working day that span rows or need "now": follow-up plans, key dates, tags. Each becomes
/// a subquery in the same SQL statement (ADR-025), never an in-memory pass.
/// </summary>
public static class CustomerWorkFilters
{
    public const int MaxKeyDateWindowDays = 366;

    public static Expression<Func<Customer, bool>> Tags(object? value, FilterContext _)
    {
        var operations = value as IDictionary<string, object?> ?? throw Invalid(
            "where.tags", "needs an object such as { some: { eq: \"VIP\" } }");
        Expression<Func<Customer, bool>> all = c => true;
        foreach (var (op, condition) in operations.Where(o => o.Value is not null))
        {
            Expression<Func<Customer, bool>> term = op switch
            {
                "some" => Any(FilterTranslator.TextPredicate(Operations(condition, op), "where.tags.some")),
                "none" => Not(Any(FilterTranslator.TextPredicate(Operations(condition, op), "where.tags.none"))),
                "all" => Not(Any(Negate(FilterTranslator.TextPredicate(Operations(condition, op), "where.tags.all")))),
                "any" => condition is true ? c => c.Tags.Any() : c => !c.Tags.Any(),
                _ => throw Invalid($"where.tags.{op}", "is not a list operation (all, none, some, any)"),
            };
            all = And(all, term);
        }

        return all;
    }

    public static Expression<Func<Customer, bool>> HasOverdueFollowUp(object? value, FilterContext context)
    {
        var plans = context.Db.FollowUpPlans;
        var now = context.Now;
        Expression<Func<Customer, bool>> overdue = c =>
            plans.Any(p => p.CustomerId == c.Id && p.Status == FollowUpPlanStatus.Planned && p.DueAt < now);
        return Flag(value, "where.hasOverdueFollowUp") ? overdue : Not(overdue);
    }

    public static Expression<Func<Customer, bool>> NextFollowUpBefore(object? value, FilterContext context)
    {
        var plans = context.Db.FollowUpPlans;
        var before = value as DateTimeOffset? ?? throw Invalid("where.nextFollowUpBefore", "needs a date-time");
        return c => plans.Any(p => p.CustomerId == c.Id && p.Status == FollowUpPlanStatus.Planned && p.DueAt < before);
    }

    /// <summary>
    /// A key date falls within the next <c>days</c> days of the team's today (yearly dates by month and day).
    /// </summary>
    public static Expression<Func<Customer, bool>> KeyDateWithinDays(object? value, FilterContext context)
    {
        var days = value is int n && n is >= 0 and <= MaxKeyDateWindowDays ? n : throw Invalid(
            "where.keyDateWithinDays", $"needs a number of days from 0 to {MaxKeyDateWindowDays}");
        var today = context.Team!.LocalDate(context.Now);
        var end = today.AddDays(days);
        var monthDays = Enumerable.Range(
            0, days + 1).Select(i => today.AddDays(i)).Select(d => (d.Month * 100) + d.Day).Distinct().ToList();
        return c => c.KeyDates.Any(k =>
            (k.RecursYearly && monthDays.Contains((k.Date.Month * 100) + k.Date.Day)) ||
            (!k.RecursYearly && k.Date >= today && k.Date <= end));
    }

    public static Expression<Func<Customer, bool>> InPool(object? value, FilterContext _) =>
        Flag(value, "where.inPool") ? c => c.OwnerId == null : c => c.OwnerId != null;

    /// <summary>The last follow-up happened before the time, or there was none yet.</summary>
    public static Expression<Func<Customer, bool>> LastContactBefore(object? value, FilterContext _)
    {
        var before = value as DateTimeOffset? ?? throw Invalid("where.lastContactBefore", "needs a date-time");
        return c => c.LastFollowUpAt == null || c.LastFollowUpAt < before;
    }

    private static IDictionary<string, object?> Operations(object? condition, string op) =>
        condition as IDictionary<string, object?> ?? throw Invalid(
            $"where.tags.{op}", "needs a string condition such as { eq: \"VIP\" }");

    private static bool Flag(object? value, string path) =>
        value as bool? ?? throw Invalid(path, "needs true or false");

    private static Expression<Func<Customer, bool>> Any(Expression<Func<string, bool>> test)
    {
        var customer = Expression.Parameter(typeof(Customer), "c");
        var tags = Expression.Property(customer, nameof(Customer.Tags));
        return Expression.Lambda<Func<Customer, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], tags, test), customer);
    }

    private static Expression<Func<string, bool>> Negate(Expression<Func<string, bool>> test) =>
        Expression.Lambda<Func<string, bool>>(Expression.Not(test.Body), test.Parameters);

    private static Expression<Func<Customer, bool>> Not(Expression<Func<Customer, bool>> test) =>
        Expression.Lambda<Func<Customer, bool>>(Expression.Not(test.Body), test.Parameters);

    private static Expression<Func<Customer, bool>> And(
        Expression<Func<Customer, bool>> left, Expression<Func<Customer, bool>> right)
    {
        var body = new Replace(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Customer, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    /// <summary>Exactly the customers a digest reminder stands for, as it was issued (ADR-033).</summary>
    public static Expression<Func<Customer, bool>> InDigest(object? value, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value is not string text
            || !Relay.GlobalId.TryParse(text, Reminders.ReminderType.TypeName, out var reminderId))
        {
            throw Invalid("where.inDigest", "needs the id of a Reminder");
        }

        var members = context.Db.ReminderDigestCustomers;
        return c => members.Any(m => m.ReminderId == reminderId && m.CustomerId == c.Id);
    }

    private static ExecutionError Invalid(string path, string why) =>
        new($"'{path}' {why}.") { Code = "INVALID_FILTER" };

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }
}
