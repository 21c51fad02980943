using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>
/// What a team or user command of an admin gets: the database, the time and fresh ids. <see cref="Of"/> refuses
/// anyone but an admin (the field's role rule says so too; this holds when a resolver is reached another way).
/// </summary>
public sealed record AdminCommandContext(CrmDbContext Db, DateTimeOffset Now, IIdGenerator Ids)
{
    public static AdminCommandContext Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Viewer().Role != UserRole.Admin)
        {
            throw new DomainException(
                "ADMIN_NOT_ALLOWED", "Only admins manage teams and users.", "只有管理员可以管理团队和用户。");
        }

        var services = context.RequestServices!;
        return new AdminCommandContext(
            services.GetRequiredService<CrmDbContext>(),
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            services.GetRequiredService<IIdGenerator>());
    }

    /// <summary>Refuses a team id that names no team, naming <c>teamId</c>.</summary>
    public async Task RequireTeamAsync(Guid teamId, CancellationToken cancellationToken)
    {
        if (!await Db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("teamId", "team");
        }
    }
}
