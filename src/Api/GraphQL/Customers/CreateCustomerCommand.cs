using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Idempotency;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>
/// Registers a customer: resolves the owner, calls the domain, saves once (idempotently when a key is given).
/// </summary>
public sealed class CreateCustomerCommand(
    CrmDbContext db,
    ICustomerRepository customers,
    IdempotencyGuard idempotency,
    ICustomerDuplicateLookup duplicates,
    IIdGenerator ids,
    TimeProvider time)
{
    private const string Operation = "createCustomer";

    public async Task<Customer> RunAsync(Viewer viewer, CreateCustomerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(input);
        if (await idempotency.FindEarlierAsync(
            viewer.UserId, Operation, input.IdempotencyKey, input,
            cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return await LoadAsync(earlier, cancellationToken).ConfigureAwait(false);
        }

        var owner = await FindOwnerAsync(viewer, input.OwnerId, cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.AsNoTracking()
            .SingleAsync(t => t.Id == owner.TeamId, cancellationToken)
            .ConfigureAwait(false);
        var profile = input.Profile();
        var customer = Customer.Register(
            ids.NewId(), owner.TeamId, owner.Id, input.Kind, input.Name, input.FirstContactAt, time.GetUtcNow(),
            profile, team.CustomSources);
        if (!input.CreateAnyway)
        {
            try
            {
                await RefuseDuplicatesAsync(customer, cancellationToken).ConfigureAwait(false);
            }
            catch (DuplicateCustomerException) when (input.IdempotencyKey is not null)
            {
                // The "duplicate" may be this very request, committed by a concurrent retry with the same key.
                if (await idempotency.FindEarlierAsync(
                    viewer.UserId, Operation, input.IdempotencyKey, input,
                    cancellationToken).ConfigureAwait(false) is { } retried)
                {
                    return await LoadAsync(retried, cancellationToken).ConfigureAwait(false);
                }

                throw;
            }
        }

        customers.Add(customer);
        idempotency.Remember(viewer.UserId, Operation, input.IdempotencyKey, input, customer.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return customer;
        }
        catch (DbUpdateException ex) when (IdempotencyGuard.IsDuplicateKey(ex))
        {
            // A concurrent request with the same key committed first: answer with its customer.
            db.ChangeTracker.Clear();
            var winner = await idempotency.FindEarlierAsync(
                viewer.UserId, Operation, input.IdempotencyKey, input, cancellationToken)
                .ConfigureAwait(false);
            return await LoadAsync(winner!.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    // 查重: a likely duplicate in the team refuses the create, listing the matches, unless the caller insists.
    private async Task RefuseDuplicatesAsync(Customer customer, CancellationToken cancellationToken)
    {
        var probe = DuplicateProbe.Of(customer);
        var matches = DuplicateCheck.Matches(
            probe, await duplicates.FindByKeysAsync(customer.TeamId, probe, cancellationToken).ConfigureAwait(false));
        try
        {
            DuplicateCheck.EnsureNone(matches);
        }
        catch (DomainException refusal)
        {
            throw new DuplicateCustomerException(refusal, matches);
        }
    }

    private async Task<Customer> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);

    private async Task<User> FindOwnerAsync(Viewer viewer, string? ownerId, CancellationToken cancellationToken)
    {
        var id = viewer.UserId;
        if (ownerId is not null && !GlobalId.TryParse(ownerId, "User", out id))
        {
            throw new DomainException("INVALID_ID", "'ownerId' is not a User id.", "负责人 ID 无效。", "ownerId");
        }

        var owner = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken)
            .ConfigureAwait(false);
        return owner is not null && VisibilityScope.MayAssignTo(viewer, owner)
            ? owner
            : throw new DomainException(
                "OWNER_NOT_ALLOWED",
                "You may not make that user the owner: salespeople own what they create, supervisors assign within " +
                "their team.",
                "无权指定该负责人：业务员只能为自己创建客户，主管只能在本团队内指定。",
                "ownerId");
    }
}
