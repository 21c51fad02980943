using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

public static class CustomerMutations
{
    public static void AddCustomerMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateCustomerPayloadType>>("createCustomer")
            .Description("Enters a new customer into the archive. 新建客户。")
            .Argument<NonNullGraphType<CreateCustomerInputType>>("input")
            .ResolveAsync(async c => await CreateAsync(c, c.GetArgument<CreateCustomerInput>("input")).ConfigureAwait(false));
    }

    private static async Task<CreateCustomerPayload> CreateAsync(IResolveFieldContext context, CreateCustomerInput input)
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var viewer = context.Viewer();
        try
        {
            var owner = await FindOwnerAsync(db, viewer, input.OwnerId, context.CancellationToken).ConfigureAwait(false);
            var customer = Customer.Register(
                services.GetRequiredService<IIdGenerator>().NewId(),
                owner.TeamId,
                owner.Id,
                input.Kind,
                input.Name,
                input.FirstContactAt,
                services.GetRequiredService<TimeProvider>().GetUtcNow());
            services.GetRequiredService<ICustomerRepository>().Add(customer);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
            return CreateCustomerPayload.Created(customer);
        }
        catch (DomainException ex)
        {
            return CreateCustomerPayload.Failed(ex.ToUserError(context));
        }
    }

    private static async Task<User> FindOwnerAsync(CrmDbContext db, Viewer viewer, string? ownerId, CancellationToken cancellationToken)
    {
        var id = viewer.UserId;
        if (ownerId is not null && !GlobalId.TryParse(ownerId, "User", out id))
        {
            throw new DomainException("INVALID_ID", "'ownerId' is not a User id.", "负责人 ID 无效。", "ownerId");
        }

        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken).ConfigureAwait(false);
        return owner is not null && VisibilityScope.MayAssignTo(viewer, owner)
            ? owner
            : throw new DomainException(
                "OWNER_NOT_ALLOWED",
                "You may not make that user the owner: salespeople own what they create, supervisors assign within their team.",
                "无权指定该负责人：业务员只能为自己创建客户，主管只能在本团队内指定。",
                "ownerId");
    }
}
