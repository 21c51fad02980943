using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Customers;
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
