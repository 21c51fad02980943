using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The supervisor named to guide an A-grade customer: must exist and supervise the customer's team.</summary>
public static class SupervisorGuide
{
    public static async Task<Guid?> CheckAsync(
        CrmDbContext db, Guid? guideId, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(customer);
        if (guideId is not { } id)
        {
            return null;
        }

        var guide = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            .ConfigureAwait(false) ?? throw new NotFoundException("supervisorGuideId", "user");
        Customer.CheckSupervisorGuide(guide, customer.TeamId);
        return id;
    }
}
