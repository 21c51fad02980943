using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Visibility;

/// <summary>
/// The one place that decides which rows a viewer may see. Every list, <c>node</c> lookup and nested field reads
/// through these filters, so no entry point can bypass them. 权限管理：只有授权人员可以访问客户数据。
/// </summary>
public static class VisibilityScope
{
    /// <summary>
    /// A salesperson sees the customers they own, those shared with them and their team's pool; a supervisor sees
    /// the whole team; an admin sees all. Nobody sees another team's customers unless shared with them.
    /// </summary>
    public static IQueryable<Customer> Customers(IQueryable<Customer> customers, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role switch
        {
            UserRole.Admin => customers,
            UserRole.Supervisor => customers.Where(c => c.TeamId == viewer.TeamId || c.SharedWith.Contains(viewer.UserId)),
            _ => customers.Where(c => c.OwnerId == viewer.UserId || c.SharedWith.Contains(viewer.UserId) || (c.OwnerId == null && c.TeamId == viewer.TeamId)),
        };
    }

    /// <summary>Colleagues of the same team; an admin sees all users.</summary>
    public static IQueryable<User> Users(IQueryable<User> users, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role == UserRole.Admin ? users : users.Where(u => u.TeamId == viewer.TeamId);
    }

    /// <summary>Whom the viewer may make the owner of a customer: themselves; a supervisor their team; an admin anyone.</summary>
    public static bool MayAssignTo(Viewer viewer, User owner)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(owner);
        return viewer.Role switch
        {
            UserRole.Admin => true,
            UserRole.Supervisor => owner.TeamId == viewer.TeamId,
            _ => owner.Id == viewer.UserId,
        };
    }
}
