using System.Linq.Expressions;
using System.Reflection;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// The projection a customer read uses for one selection set: only the selected columns (a sealed column only when
/// its field is selected, so nothing else is decrypted), a child table only when its list is selected, and the owner,
/// the next plan and the last record as correlated subqueries of the same statement. Null when a selected field is
/// not known to <see cref="CustomerColumns"/>: the caller then reads the whole aggregate.
/// </summary>
public sealed record CustomerShape(
    Expression<Func<Customer, CustomerRow>> Projection, int ChildTables, bool Owner, bool NextPlan, bool LastRecord)
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private static readonly ConstructorInfo Create = typeof(Customer).GetConstructor(Members, Type.EmptyTypes)
        ?? throw new InvalidOperationException("Customer needs its parameterless constructor for reads.");

    /// <param name="fields">The fields the query selects on <c>Customer</c>.</param>
    /// <param name="extraMembers">Members read whatever is selected (a keyset cursor's sort keys).</param>
    /// <param name="related">
    /// Builds the related rows' subqueries; called only when the selection asks for the owner, the next plan or the
    /// last record (a page of plain columns builds none of them).
    /// </param>
    /// <param name="openDeals">A customer's open deals, read in the same statement when given (a node read).</param>
    public static CustomerShape? For(
        IReadOnlySet<string> fields, IEnumerable<string> extraMembers, Func<RelatedRows> related,
        Expression<Func<Customer, List<Deal>>>? openDeals = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(related);
        var members = new SortedSet<string>(CustomerColumns.Always, StringComparer.Ordinal);
        members.UnionWith(extraMembers);
        foreach (var field in fields)
        {
            if (!CustomerColumns.ByField.TryGetValue(field, out var needs))
            {
                return null;
            }

            members.UnionWith(needs);
        }

        var c = Expression.Parameter(typeof(Customer), "c");
        var customer = Expression.MemberInit(Expression.New(Create), Bindings(c, members));
        var row = new List<MemberBinding> { Expression.Bind(
            Property<CustomerRow>(nameof(CustomerRow.Customer)), customer) };
        var (owner, next, last) = (fields.Contains("owner"), fields.Contains("nextPlan"), fields.Contains(
            "lastFollowUp"));
        var rows = owner || next || last ? related() : null;
        if (owner)
        {
            row.Add(Bind(nameof(CustomerRow.Owner), rows!.Owner, c));
        }

        if (next)
        {
            row.Add(Bind(nameof(CustomerRow.NextPlan), rows!.NextPlan, c));
        }

        if (last)
        {
            row.Add(Bind(nameof(CustomerRow.LastRecord), rows!.LastRecord, c));
        }

        if (openDeals is not null)
        {
            row.Add(Bind(nameof(CustomerRow.OpenDeals), openDeals, c));
        }

        var projection = Expression.Lambda<Func<Customer, CustomerRow>>(
            Expression.MemberInit(Expression.New(typeof(CustomerRow)), row), c);
        var childTables = members.Count(CustomerColumns.ChildTables.ContainsKey) + (openDeals is null ? 0 : 1);
        return new CustomerShape(projection, childTables, owner, next, last);
    }

    /// <summary>The member names a key selector such as <c>c =&gt; c.Name</c> reads (for keyset cursors).</summary>
    public static IEnumerable<string> MembersOf(LambdaExpression selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return selector.Body is MemberExpression { Expression: ParameterExpression } member ? [member.Member.Name] : [];
    }

    private static IEnumerable<MemberBinding> Bindings(ParameterExpression c, IEnumerable<string> members)
    {
        var profile = new List<MemberBinding>();
        foreach (var name in members)
        {
            if (name.StartsWith("Profile.", StringComparison.Ordinal))
            {
                var part = name["Profile.".Length..];
                var source = Expression.Property(Expression.Property(c, nameof(Customer.Profile)), part);
                profile.Add(Expression.Bind(Property<CustomerProfile>(part), source));
            }
            else if (CustomerColumns.ChildTables.TryGetValue(name, out var list))
            {
                var field = typeof(Customer).GetField(name, Members)!;
                var element = field.FieldType.GetGenericArguments()[0];
                var toList = Expression.Call(
                    typeof(Enumerable), nameof(Enumerable.ToList), [element], Expression.Property(c, list));
                yield return Expression.Bind(field, toList);
            }
            else if (CustomerColumns.ColumnLists.TryGetValue(name, out var column))
            {
                var field = typeof(Customer).GetField(name, Members)!;
                yield return Expression.Bind(
                    field, Expression.Convert(Expression.Property(c, column), field.FieldType));
            }
            else
            {
                var property = Property<Customer>(name);
                yield return Expression.Bind(property, Expression.Property(c, property));
            }
        }

        if (profile.Count > 0)
        {
            var value = Expression.MemberInit(Expression.New(typeof(CustomerProfile)), profile);
            yield return Expression.Bind(Property<Customer>(nameof(Customer.Profile)), value);
        }
    }

    // The declaring type's property, so a private setter of a base class (AggregateRoot.Version) is found.
    private static PropertyInfo Property<T>(string name)
    {
        var property = typeof(T).GetProperty(name, Members)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name}.");
        return property.DeclaringType!.GetProperty(name, Members)!;
    }

    private static MemberAssignment Bind(string name, LambdaExpression related, ParameterExpression c) =>
        Expression.Bind(Property<CustomerRow>(name), Expressions.QueryExpressions.Inline(related, c));
}

/// <summary>The single related rows a customer read may bring along, each visible to the viewer.</summary>
public sealed record RelatedRows(
    Expression<Func<Customer, User?>> Owner,
    Expression<Func<Customer, FollowUpPlan?>> NextPlan,
    Expression<Func<Customer, FollowUpRecord?>> LastRecord);
