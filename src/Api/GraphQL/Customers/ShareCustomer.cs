using System.ComponentModel;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>shareCustomer</c> (GraphQL: <c>ShareCustomerInput</c>).</summary>
public sealed record ShareCustomerInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [GlobalId("User"), Description("The colleague. 同事。")] Guid UserId);

/// <summary>Lets a colleague see the customer.</summary>
public static class ShareCustomer
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ShareCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            // Sharing never reaches outside the customer's team, nor to someone who can no longer sign in.
            _ = await db.Users.AsNoTracking()
                .SingleOrDefaultAsync(
                    u => u.Id == input.UserId && u.TeamId == customer.TeamId && u.IsActive, context.CancellationToken)
                .ConfigureAwait(false)
                ?? throw new NotFoundException("userId", "active user of the customer's team");
            customer.ShareWith(input.UserId, x.Now);
            return customer;
        });
    }
}
