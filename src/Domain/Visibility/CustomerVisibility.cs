using System.Linq.Expressions;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;

namespace CrmGraph.Domain.Visibility;

/// <summary>
/// 权限管理: who sees which customers. A salesperson sees the customers they own, those shared with them and their
/// team's pool; a supervisor sees the whole team (and what is shared with them); an admin sees all. Written as an
/// expression so the database applies it on every read path.
/// </summary>
public static class CustomerVisibility
{
    public static Expression<Func<Customer, bool>> VisibleTo(Guid userId, Guid teamId, UserRole role) => role switch
    {
        UserRole.Admin => c => true,
        UserRole.Supervisor => c => c.TeamId == teamId || c.SharedWith.Contains(userId),
        _ => c => c.OwnerId == userId || c.SharedWith.Contains(userId) || (c.OwnerId == null && c.TeamId == teamId),
    };

    /// <summary>
    /// <see cref="VisibleTo"/> as disjoint parts whose union is the same set, each a conjunction an index can walk in
    /// a list's order (owner, team pool, team, shared), so a page is the top rows of each part merged, never a scan of
    /// the table. "Shared with" is written as "contains all of [userId]" so PostgreSQL reads it as <c>@&gt;</c>, which
    /// its GIN index serves (<c>= ANY</c> it cannot).
    /// </summary>
    public static IReadOnlyList<Expression<Func<Customer, bool>>> VisibleToParts(
        Guid userId, Guid teamId, UserRole role)
    {
        Guid[] me = [userId];
        return role switch
        {
            UserRole.Admin => [c => true],
            UserRole.Supervisor =>
            [
                c => c.TeamId == teamId,
                c => c.TeamId != teamId && me.All(u => c.SharedWith.Contains(u)),
            ],
            _ =>
            [
                c => c.OwnerId == userId,
                c => c.OwnerId != userId && me.All(u => c.SharedWith.Contains(u)),
                c => c.OwnerId == null && c.TeamId == teamId && !me.All(u => c.SharedWith.Contains(u)),
            ],
        };
    }

    /// <summary>
    /// The part of <see cref="VisibleToParts"/> that holds the customers shared with the viewer and visible by no
    /// other part, at this index.
    /// </summary>
    public const int SharedPart = 1;

    /// <summary>
    /// The <see cref="SharedPart"/> without its "shared with the viewer" test (null when there is no such part), for a
    /// store that keeps who a customer is shared with in an index of its own and tests that there.
    /// </summary>
    public static Expression<Func<Customer, bool>>? SharedPartBesidesSharing(Guid userId, Guid teamId, UserRole role) =>
        role switch
        {
            UserRole.Admin => null,
            UserRole.Supervisor => c => c.TeamId != teamId,
            _ => c => c.OwnerId != userId,
        };

    /// <summary>
    /// Whether <see cref="VisibleTo"/> admits every customer of <paramref name="ofTeamId"/>: an admin's view does, and
    /// a supervisor's of their own team.
    /// </summary>
    public static bool SeesWholeTeam(Guid teamId, UserRole role, Guid ofTeamId) =>
        role == UserRole.Admin || (role == UserRole.Supervisor && teamId == ofTeamId);

    /// <summary>
    /// Whom a user may make the owner of a customer: themselves; a supervisor anyone of the team; an admin anyone.
    /// </summary>
    public static bool MayAssign(Guid userId, Guid teamId, UserRole role, User owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.IsActive && role switch
        {
            UserRole.Admin => true,
            UserRole.Supervisor => owner.TeamId == teamId,
            _ => owner.Id == userId,
        };
    }

    /// <summary>
    /// Who may change a customer: its owner, a supervisor of its team, an admin. Colleagues it is shared with may
    /// read it; pool customers are claimed, not edited.
    /// </summary>
    public static bool MayEdit(Guid userId, Guid teamId, UserRole role, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return role switch
        {
            UserRole.Admin => true,
            UserRole.Supervisor => customer.TeamId == teamId,
            _ => customer.OwnerId == userId,
        };
    }

    /// <summary>Colleagues are the users of one's own team; an admin sees every user.</summary>
    public static Expression<Func<User, bool>> UsersVisibleTo(Guid teamId, UserRole role) =>
        role == UserRole.Admin ? u => true : u => u.TeamId == teamId;
}
