using System.ComponentModel;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using CrmGraph.Domain.Visibility;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>transferCustomer</c> (GraphQL: <c>TransferCustomerInput</c>).</summary>
public sealed record TransferCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("User"), Description("The new owner. 新负责人。")] Guid OwnerId);

/// <summary>
/// Hands the customer to another salesperson of its team (supervisors within their team, admins); the reclaim clock
/// restarts (the rules: Customer.TransferTo).
/// </summary>
public static class TransferCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, TransferCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellation = context.CancellationToken;
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            var owner = await db.Users.AsNoTracking()
                .SingleOrDefaultAsync(u => u.Id == input.OwnerId && u.TeamId == customer.TeamId, cancellation)
                .ConfigureAwait(false) ?? throw new NotFoundException("ownerId", "user of the customer's team");
            if (!CustomerVisibility.MayAssign(x.Viewer.UserId, x.Viewer.TeamId, x.Viewer.Role, owner)
                || x.Viewer.Role == UserRole.Salesperson)
            {
                throw new DomainException(
                    "TRANSFER_NOT_ALLOWED",
                    "Only a supervisor of the team or an admin may transfer customers.",
                    "只有本团队主管或管理员可以转移客户。");
            }

            var holdings = await db.Customers.CountAsync(o => o.OwnerId == input.OwnerId && !o.IsArchived, cancellation)
                .ConfigureAwait(false);
            customer.TransferTo(input.OwnerId, x.Viewer.UserId, x.Now, holdings, x.Team.Pool);
            return customer;
        });
    }
}
