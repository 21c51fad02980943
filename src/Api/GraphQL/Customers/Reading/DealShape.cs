using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CrmGraph.Domain.Deals;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// The projection a customer's <c>openDeals</c>/<c>deals</c> read uses for one selection set: only the selected
/// columns of <c>deals</c>, plus those the grouping and order read. Null when a selected field is not known here
/// (<c>conversion</c>, a new field): whole rows are read then.
/// </summary>
public static class DealShape
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private const int MaxShapes = 256;

    /// <summary>Read for every deal: the id, its customer (grouping) and when it was opened (order).</summary>
    private static readonly string[] Always = [nameof(Deal.Id), nameof(Deal.CustomerId), nameof(Deal.OpenedAt)];

    private static readonly string[] None = [];

    private static readonly Dictionary<string, string[]> ByField = new()
    {
        ["__typename"] = None,
        ["id"] = None,
        ["version"] = [nameof(Deal.Version)],
        ["customerId"] = None,
        ["ownerId"] = [nameof(Deal.OwnerId)],
        ["product"] = [nameof(Deal.Product)],
        ["amount"] = [nameof(Deal.Amount)],
        ["currency"] = [nameof(Deal.Currency)],
        ["expectedCloseOn"] = [nameof(Deal.ExpectedCloseOn)],
        ["status"] = [nameof(Deal.Status)],
        ["openedAt"] = None,
        ["closedAt"] = [nameof(Deal.ClosedAt)],
        ["lostReason"] = [nameof(Deal.LostReason)],
        ["lostNote"] = [nameof(Deal.LostNote)],
    };

    private static readonly ConstructorInfo Create = typeof(Deal).GetConstructor(Members, Type.EmptyTypes)
        ?? throw new InvalidOperationException("Deal needs its parameterless constructor for reads.");

    private static readonly ConcurrentDictionary<string, Expression<Func<Deal, Deal>>> Built = new(
        StringComparer.Ordinal);

    /// <summary>The projection for <paramref name="fields"/> (built once per set of columns).</summary>
    public static Expression<Func<Deal, Deal>>? For(IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var members = new SortedSet<string>(Always, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!ByField.TryGetValue(field, out var needs))
            {
                return null;
            }

            members.UnionWith(needs);
        }

        var key = string.Join(",", members);
        if (Built.TryGetValue(key, out var built))
        {
            return built;
        }

        var deal = Expression.Parameter(typeof(Deal), "d");
        var projection = Expression.Lambda<Func<Deal, Deal>>(
            Expression.MemberInit(Expression.New(Create), members.Select(m => Bind(deal, m))), deal);
        if (Built.Count < MaxShapes)
        {
            Built.TryAdd(key, projection);
        }

        return projection;
    }

    // The declaring type's property, so a private setter of a base class (AggregateRoot.Version) is found.
    private static MemberAssignment Bind(ParameterExpression deal, string name)
    {
        var property = typeof(Deal).GetProperty(name, Members)!;
        property = property.DeclaringType!.GetProperty(name, Members)!;
        return Expression.Bind(property, Expression.Property(deal, property));
    }
}
