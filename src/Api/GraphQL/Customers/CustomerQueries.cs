using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Customers;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

public static class CustomerQueries
{
    public static void AddCustomerQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Errors.DuplicateMatchType>>>>("likelyDuplicates")
            .Description("Customers of the team sharing a phone, email or company name with a customer you can see, " +
                "or with the details given. 查重。")
            .Argument<IdGraphType>("customerId", "Check an existing customer. 对已有客户查重。")
            .Argument<StringGraphType>("phone", "Check a phone number. 按电话号码查重。")
            .Argument<StringGraphType>("email", "Check an email address. 按邮箱查重。")
            .Argument<StringGraphType>("companyName", "Check a company name. 按公司名称查重。")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var db = services.GetRequiredService<CrmDbContext>();
                var viewer = c.Viewer();
                var (teamId, probe, except) = (viewer.TeamId, new DuplicateProbe(
                    DuplicateKeys.Phone(c.GetArgument<string?>("phone")),
                    DuplicateKeys.Email(c.GetArgument<string?>("email")),
                    DuplicateKeys.CompanyName(c.GetArgument<string?>("companyName"))), (Guid?)null);
                if (c.GetArgument<string?>("customerId") is { } id)
                {
                    var customer = GlobalId.TryParse(id, CustomerType.TypeName, out var customerId)
                        ? await VisibilityScope.Customers(db.Customers.AsNoTracking(), viewer)
                            .SingleOrDefaultAsync(x => x.Id == customerId, c.CancellationToken)
                            .ConfigureAwait(false)
                        : null;
                    if (customer is null)
                    {
                        return Array.Empty<DuplicateMatch>();
                    }

                    (teamId, probe, except) = (customer.TeamId, DuplicateProbe.Of(customer), customer.Id);
                }

                var candidates = await services.GetRequiredService<ICustomerDuplicateLookup>()
                    .FindByKeysAsync(teamId, probe, c.CancellationToken)
                    .ConfigureAwait(false);
                return DuplicateCheck.Matches(probe, candidates, except);
            });
        query.AddConnection<Customer, CustomersConnectionType>(
            "customers",
            "The customers you may see, newest entry first. 客户列表。",
            CustomerFiltering.Filter,
            CustomerFiltering.Sort,
            typeof(CustomerFilterInputType),
            typeof(CustomerSortInputType),
            c => VisibilityScope.Customers(Customers(c), c.Viewer()),
            c => VisibilityScope.CustomerParts(Customers(c), c.Viewer(), Shares(c)),
            (c, order) =>
                Reading.CustomerReads.Page(c, order.SelectMany(k => Reading.CustomerShape.MembersOf(k.Selector))));
    }

    private static IQueryable<Customer> Customers(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<CrmDbContext>().Customers.AsNoTracking();

    private static IQueryable<Persistence.Sharing.CustomerShare>? Shares(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<CrmDbContext>() is PostgresCrmDbContext db
            ? db.CustomerShares.AsNoTracking()
            : null;
}

public sealed class CustomersConnectionType() : NamedConnectionType<Customer, CustomerType>(
    "customers", new CustomersEdgeType());

public sealed class CustomersEdgeType() : NamedEdgeType<Customer, CustomerType>("customers");
