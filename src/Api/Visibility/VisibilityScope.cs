using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Persistence.Sharing;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
using CrmGraph.Domain.Visibility;

namespace CrmGraph.Api.Visibility;

/// <summary>
/// Applies the domain's visibility rule (<see cref="CustomerVisibility"/>) to the viewer of a request. Every list,
/// <c>node</c> lookup, nested field, count and subscription reads through these, so no entry point can bypass them.
/// </summary>
public static class VisibilityScope
{
    public static IQueryable<Customer> Customers(IQueryable<Customer> customers, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return customers.Where(CustomerVisibility.VisibleTo(viewer.UserId, viewer.TeamId, viewer.Role));
    }

    /// <summary>
    /// The same customers as <see cref="Customers"/>, as the disjoint parts of
    /// <see cref="CustomerVisibility.VisibleToParts"/>, for lists whose pages merge the top rows of each part.
    /// </summary>
    /// <remarks>
    /// With <paramref name="shares"/> (PostgreSQL, ADR-054) a salesperson's shared part joins their rows of
    /// <c>customer_shares</c> on the customer's id, name and entry time: equal columns, so PostgreSQL walks that
    /// table's <c>(user_id, name | entered_at, customer_id)</c> index in the page's order and stops after a page,
    /// however many customers are shared with them. A supervisor's shared part (customers of other teams, a few) keeps
    /// the GIN index: it must read each shared customer's team, and for the join the planner chose a hash join over a
    /// scan of the other teams' customers instead of the walk (plan test, 30,000 customers).
    /// </remarks>
    public static VisibleParts<Customer> CustomerParts(
        IQueryable<Customer> customers, Viewer viewer, IQueryable<CustomerShare>? shares = null)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var parts = CustomerVisibility.VisibleToParts(viewer.UserId, viewer.TeamId, viewer.Role)
            .Select(customers.Where).ToList();
        if (shares is not null && viewer.Role == UserRole.Salesperson
            && CustomerVisibility.SharedPartBesidesSharing(viewer.UserId, viewer.TeamId, viewer.Role) is { } besides)
        {
            var me = viewer.UserId; // a closure of a Guid, so a reused query gets it as a parameter (ADR-047)
            parts[CustomerVisibility.SharedPart] = customers.Where(besides).Join(
                shares.Where(s => s.UserId == me),
                c => new { c.Id, c.Name, c.EnteredAt },
                s => new { Id = s.CustomerId, s.Name, s.EnteredAt },
                (c, s) => c);
        }

        return new VisibleParts<Customer>(customers, parts, c => c.Id);
    }

    /// <summary>
    /// Whether the viewer sees every customer of <paramref name="teamId"/>. Then a customer record's own team is the
    /// same filter as its customer's visibility: records take their customer's team when created, and merges stay
    /// inside a team.
    /// </summary>
    public static bool SeesWholeTeam(Viewer viewer, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return CustomerVisibility.SeesWholeTeam(viewer.TeamId, viewer.Role, teamId);
    }

    /// <summary>
    /// Plans, records and deals are visible exactly when their customer is (one subquery, built once).
    /// </summary>
    public static IQueryable<FollowUpPlan> FollowUpPlans(
        IQueryable<FollowUpPlan> plans, IQueryable<Customer> customers, Viewer viewer)
    {
        var visible = VisibleIds(customers, viewer);
        return plans.Where(p => visible.Contains(p.CustomerId));
    }

    public static IQueryable<FollowUpRecord> FollowUpRecords(
        IQueryable<FollowUpRecord> records, IQueryable<Customer> customers, Viewer viewer)
    {
        var visible = VisibleIds(customers, viewer);
        return records.Where(r => visible.Contains(r.CustomerId));
    }

    public static IQueryable<Deal> Deals(IQueryable<Deal> deals, IQueryable<Customer> customers, Viewer viewer)
    {
        var visible = VisibleIds(customers, viewer);
        return deals.Where(d => visible.Contains(d.CustomerId));
    }

    /// <summary>
    /// The audit trail: an admin sees all of it, a supervisor their team's, a salesperson the history of the customers
    /// they may see and their own actions.
    /// </summary>
    public static IQueryable<Persistence.Auditing.AuditEntry> AuditEntries(
        IQueryable<Persistence.Auditing.AuditEntry> entries, IQueryable<Customer> customers, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Role == UserRole.Admin)
        {
            return entries;
        }

        if (viewer.Role == UserRole.Supervisor)
        {
            return entries.Where(e => e.TeamId == viewer.TeamId || e.ActorId == viewer.UserId);
        }

        var visible = Customers(customers, viewer).Select(c => (Guid?)c.Id);
        return entries.Where(
            e => e.ActorId == viewer.UserId || (e.CustomerId != null && visible.Contains(e.CustomerId)));
    }

    /// <summary>
    /// Any record of a customer (service, care, survey, feedback, win-back): visible exactly when its customer is.
    /// </summary>
    public static IQueryable<T> CustomerRecords<T>(IQueryable<T> records, IQueryable<Customer> customers, Viewer viewer)
        where T : ICustomerRecord
    {
        return OfCustomers(records, VisibleIds(customers, viewer));
    }

    /// <summary>
    /// The same records as <see cref="CustomerRecords"/>, as disjoint parts for a page that merges the top rows of
    /// each (ADR-032, ADR-040), built on the parts of <see cref="CustomerVisibility.VisibleToParts"/>. Records carry
    /// their customer's team (they take it when created; merges stay inside a team), so a part whose customers are
    /// all of the viewer's team also says <c>team_id = viewer's team</c> on the records: the records' index
    /// <c>(team_id, order…)</c> then walks the part in the page's order and checks each row's customer, instead of
    /// joining every record of the part's customers and sorting them. A salesperson's own customers are split by team
    /// for this (those outside the viewer's team, if any, are joined through their customers as before).
    /// </summary>
    public static VisibleParts<T> CustomerRecordParts<T>(
        IQueryable<T> records, IQueryable<Customer> customers, Viewer viewer)
        where T : Domain.Common.AggregateRoot, ICustomerRecord
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var team = viewer.TeamId;
        var customerParts = CustomerVisibility.VisibleToParts(viewer.UserId, team, viewer.Role);
        IQueryable<T> Of(IQueryable<Customer> these) => OfCustomers(records, these.Select(c => c.Id));
        IReadOnlyList<IQueryable<T>> parts = (viewer.Role, customerParts.Count) switch
        {
            // Team; shared from other teams.
            (UserRole.Supervisor, 2) => [OfTeam(records, team), Of(customers.Where(customerParts[1]))],

            // Own (in the team, and elsewhere); shared and not own; the team's pool.
            (UserRole.Salesperson, 3) =>
            [
                OfTeam(Of(customers.Where(customerParts[0]).Where(c => c.TeamId == team)), team),
                Of(customers.Where(customerParts[0]).Where(c => c.TeamId != team)),
                Of(customers.Where(customerParts[1])),
                OfTeam(Of(customers.Where(customerParts[2])), team),
            ],
            _ => [.. customerParts.Select(p => Of(customers.Where(p)))],
        };
        // A supervisor's team part says `team_id = …` on the records alone: counted on its own index it is about
        // three times faster than the single rule's semi-join over the team's customers. A salesperson's parts go
        // through their customers, and their single-rule count is the faster one (ADR-040 has the figures).
        return new VisibleParts<T>(
            records, parts, r => r.Id, UnionRows: true, CountByParts: viewer.Role == UserRole.Supervisor);
    }

    private static IQueryable<T> OfTeam<T>(IQueryable<T> records, Guid teamId)
        where T : ICustomerRecord
    {
        var record = System.Linq.Expressions.Expression.Parameter(typeof(T), "record");
        System.Linq.Expressions.Expression<Func<Guid>> team = () => teamId; // a closure, so SQL gets a parameter
        var equal = System.Linq.Expressions.Expression.Equal(
            System.Linq.Expressions.Expression.Property(record, nameof(ICustomerRecord.TeamId)), team.Body);
        return records.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(equal, record));
    }

    /// <summary>The records whose customer is one of <paramref name="customerIds"/> (a subquery, not a list).</summary>
    public static IQueryable<T> OfCustomers<T>(IQueryable<T> records, IQueryable<Guid> customerIds)
        where T : ICustomerRecord
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        // Built by hand: a lambda over the interface property would reach EF as a cast it cannot translate.
        var record = System.Linq.Expressions.Expression.Parameter(typeof(T), "record");
        var customerId = System.Linq.Expressions.Expression.Property(record, nameof(ICustomerRecord.CustomerId));
        var contains = System.Linq.Expressions.Expression.Call(
            typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], customerIds.Expression, customerId);
        return records.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, record));
    }

    /// <summary>Supervisor ratings: a salesperson sees their own, a supervisor their team's, an admin all.</summary>
    public static IQueryable<Domain.Performance.PerformanceRating> PerformanceRatings(
        IQueryable<Domain.Performance.PerformanceRating> ratings, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role switch
        {
            UserRole.Admin => ratings,
            UserRole.Supervisor => ratings.Where(r => r.TeamId == viewer.TeamId),
            _ => ratings.Where(r => r.SalespersonId == viewer.UserId),
        };
    }

    /// <summary>
    /// Reminders are their recipient's alone (a supervisor's escalations are stored with the supervisor as recipient).
    /// </summary>
    public static IQueryable<Domain.Reminders.Reminder> Reminders(
        IQueryable<Domain.Reminders.Reminder> reminders, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return reminders.Where(r => r.RecipientId == viewer.UserId);
    }

    private static IQueryable<Guid> VisibleIds(IQueryable<Customer> customers, Viewer viewer) =>
        Customers(customers, viewer).Select(c => c.Id);

    public static IQueryable<User> Users(IQueryable<User> users, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return users.Where(CustomerVisibility.UsersVisibleTo(viewer.TeamId, viewer.Role));
    }

    public static bool MayAssignTo(Viewer viewer, User owner)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return CustomerVisibility.MayAssign(viewer.UserId, viewer.TeamId, viewer.Role, owner);
    }
}
