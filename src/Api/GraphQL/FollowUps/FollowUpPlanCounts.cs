using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.FollowUps;

/// <summary>One salesperson's open follow-up plans: overdue at <c>now</c>, and due from then until the end of the day.
/// </summary>
public sealed record FollowUpPlanCounts(User Salesperson, int Overdue, int DueToday);

/// <summary>
/// <c>followUpPlanCounts</c>, the team card of the dashboard's Today (issue #19): each salesperson the viewer may see
/// with their overdue and due-today plans, in one SQL statement (the salespeople left-joined to the plans grouped by
/// owner with conditional counts), where the card used to send two aliased <c>followUpPlans</c> counts per member.
/// </summary>
public static class FollowUpPlanCountQueries
{
    public static void AddFollowUpPlanCountQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpPlanCountsType>>>>(
                "followUpPlanCounts")
            .Description("Each salesperson of your team with their planned follow-ups overdue and due today, " +
                "counted over the plans you may see as in `followUpPlans`; a salesperson gets only their own line. " +
                "By name. 团队每个业务员的逾期与今日待跟进计划数（可见范围同 `followUpPlans`）；业务员只看到自己的一行。按姓名排序。")
            .Argument<NonNullGraphType<DateTimeScalar>>(
                "now", "Plans due before this are overdue. 计划时间早于此时刻的为逾期。")
            .Argument<NonNullGraphType<DateTimeScalar>>(
                "endOfDay", "Plans due from `now` until before this are due today (the start of the team's next " +
                "local day). 计划时间从 `now` 起、早于此时刻的为今日待跟进（团队时区的次日零点）。")
            .ResolveAsync(async c =>
            {
                var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
                var (now, endOfDay) = (c.GetArgument<DateTimeOffset>("now"), c.GetArgument<DateTimeOffset>("endOfDay"));
                return (object?)await CountAsync(db, c.Viewer(), now, endOfDay, c.CancellationToken)
                    .ConfigureAwait(false);
            });
    }

    /// <summary>One statement: the visible salespeople, each left-joined to their plans' conditional counts.</summary>
    public static async Task<List<FollowUpPlanCounts>> CountAsync(
        CrmDbContext db, Viewer viewer, DateTimeOffset now, DateTimeOffset endOfDay, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var (userId, teamId) = (viewer.UserId, viewer.TeamId);
        var members = viewer.Role == UserRole.Salesperson
            ? db.Users.AsNoTracking().Where(u => u.Id == userId)
            : db.Users.AsNoTracking().Where(u => u.TeamId == teamId && u.Role == UserRole.Salesperson);
        var memberIds = members.Select(u => u.Id);
        var until = endOfDay > now ? endOfDay : now;
        // The visible plans as the disjoint parts the followUpPlans pages walk (ADR-040), together: a supervisor's
        // team part is `team_id = the team` on the plans, without a semi-join over every customer of the team.
        var parts = VisibilityScope.CustomerRecordParts(db.FollowUpPlans.AsNoTracking(), db.Customers, viewer).Parts;
        var counts = parts.Skip(1).Aggregate(parts[0], (all, part) => all.Concat(part))
            .Where(p => memberIds.Contains(p.OwnerId) && p.Status == FollowUpPlanStatus.Planned && p.DueAt < until)
            .GroupBy(p => p.OwnerId)
            .Select(g => new
            {
                Owner = g.Key,
                Overdue = g.Count(p => p.DueAt < now),
                DueToday = g.Count(p => p.DueAt >= now),
            });
        var rows = await (
                from member in members
                join count in counts on member.Id equals count.Owner into memberCounts
                from count in memberCounts.DefaultIfEmpty()
                orderby member.DisplayName, member.Id
                select new
                {
                    Member = member,
                    Overdue = (int?)count!.Overdue ?? 0,
                    DueToday = (int?)count!.DueToday ?? 0,
                })
            .ToListAsync(cancellation)
            .ConfigureAwait(false);
        return [.. rows.Select(r => new FollowUpPlanCounts(r.Member, r.Overdue, r.DueToday))];
    }
}

public sealed class FollowUpPlanCountsType : ObjectGraphType<FollowUpPlanCounts>
{
    public FollowUpPlanCountsType()
    {
        Name = "FollowUpPlanCounts";
        Description =
            "One salesperson's planned follow-ups overdue and due today. 单个业务员的逾期与今日待跟进计划数。";
        Field<NonNullGraphType<UserType>>("salesperson").Description("The salesperson. 业务员。")
            .Resolve(c => c.Source.Salesperson);
        Field<NonNullGraphType<IntGraphType>>("overdue")
            .Description("Planned follow-ups due before `now`. 逾期：计划时间早于 `now` 的跟进计划数。")
            .Resolve(c => c.Source.Overdue);
        Field<NonNullGraphType<IntGraphType>>("dueToday")
            .Description("Planned follow-ups due from `now` until before `endOfDay`. " +
                "今日待跟进：计划时间在 `now` 与 `endOfDay` 之间的跟进计划数。")
            .Resolve(c => c.Source.DueToday);
    }
}
