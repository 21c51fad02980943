using CrmGraph.Api.GraphQL.Batching;
using CrmGraph.Domain.Customers;
using GraphQL;
using GraphQL.DataLoader;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// The customer of a plan or record (<c>FollowUpPlan.customer</c>, <c>FollowUpRecord.customer</c>): one statement per
/// request for every row asking with the same selection, shaped by that selection as <c>nodes</c> is (ADR-039).
/// </summary>
public static class CustomerLoaders
{
    public static IDataLoaderResult<Customer?> LoadCustomer(this IResolveFieldContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One loader per selection: a loader reads the columns its first field selects, so two selections that
        // differ must not share it.
        var fields = SelectedFields.Of(context, CustomerType.TypeName, connection: false);
        var name = "customers.byId|" + string.Join(",", fields.Order(StringComparer.Ordinal));
        return RequestLoaders.Of(context).For<Guid, Customer>(name, async (ids, _) =>
        {
            var found = await CustomerReads.FindAsync(context, ids).ConfigureAwait(false);
            return found.ToDictionary(x => x.Key, x => (Customer)x.Value);
        }).Load(id);
    }
}
