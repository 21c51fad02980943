using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.AccessLog;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Audit;

/// <summary>
/// The access review: who viewed or exported which customers, per day (supervisors for their team, admins).
/// </summary>
public static class AccessLogQueries
{
    public static readonly FilterSpec<CustomerAccess> Filter = new FilterSpec<CustomerAccess>(
        "CustomerAccessFilterInput", "Conditions on the access log. 访问记录筛选。")
        .Reference("userId", a => a.UserId, "User", "Who. 访问人。")
        .Reference("customerId", a => a.CustomerId, "Customer", "Which customer. 被访问的客户。")
        .Choice<CustomerAccessKind, CustomerAccessKindType>("kind", a => a.Kind, "Viewed or exported. 查看或导出。")
        .Instant("at", a => a.At, "The first time that day. 当天首次访问的时间。");

    public static readonly SortSpec<CustomerAccess> Sort = new SortSpec<CustomerAccess>(
        "CustomerAccessSortInput", SortKey.By("id", (CustomerAccess a) => a.Id).Selector,
            [SortKey.By("at", (CustomerAccess a) => a.At, descending: true), SortKey.By(
                "id", (CustomerAccess a) => a.Id, descending: true)])
        .By("at", a => a.At, "When (the default, newest first). 按时间排序（默认，最新在前）。");

    public static void AddAccessLogQueries(this ObjectGraphType query)
    {
        query.AddConnection<CustomerAccess, CustomerAccessLogConnectionType>(
            "customerAccessLog",
            "Who viewed or exported which customers, one row per person, customer, kind and day (UTC), written " +
            "within seconds. Supervisors see their team's, admins everyone's. 客户访问审查。",
            Filter, Sort, typeof(CustomerAccessFilterInputType), typeof(CustomerAccessSortInputType),
            c =>
            {
                var viewer = c.Viewer();
                var accesses = c.RequestServices!.GetRequiredService<CrmDbContext>().CustomerAccesses.AsNoTracking();
                return viewer.Role == UserRole.Admin ? accesses : accesses.Where(a => a.TeamId == viewer.TeamId);
            });
        query.GetField("customerAccessLog")!.RequireRoles(UserRole.Supervisor, UserRole.Admin);
    }
}

public sealed class CustomerAccessKindType : EnumerationGraphType<CustomerAccessKind>
{
    public CustomerAccessKindType()
    {
        Name = "CustomerAccessKind";
        Description = "查看 or 导出.";
        Values["VIEWED"]!.Description = "Viewed. 查看。";
        Values["EXPORTED"]!.Description = "Exported. 导出。";
    }
}

public sealed class CustomerAccessType : ObjectGraphType<CustomerAccess>
{
    public CustomerAccessType()
    {
        Name = "CustomerAccess";
        Description = "A person viewed or exported a customer on a day. 客户访问记录。";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("Who viewed or exported the customer. 访问人 id。")
            .Resolve(c => GlobalId.Format(UserType.TypeName, c.Source.UserId));
        Field<UserType>("user").Description("Who viewed or exported the customer, when visible to you. 访问人（对你可见时）。")
            .Resolve(c => c.LoadUser(c.Source.UserId));
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer accessed. 被访问的客户。")
            .Resolve(c => GlobalId.Format("Customer", c.Source.CustomerId));
        Field<NonNullGraphType<CustomerAccessKindType>>("kind").Description("Viewed or exported. 访问方式：查看或导出。")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateScalar>>("day").Description("The day of the access. 访问日期。")
            .Resolve(c => c.Source.Day);
        Field<NonNullGraphType<DateTimeScalar>>("at").Description("The first time that day. 当天首次访问的时间。").Resolve(
            c => c.Source.At);
    }
}

public sealed class CustomerAccessFilterInputType() : FilterInputType<CustomerAccess>(AccessLogQueries.Filter);

public sealed class CustomerAccessSortInputType() : SortInputType<CustomerAccess>(AccessLogQueries.Sort);

public sealed class CustomerAccessLogConnectionType() : NamedConnectionType<CustomerAccess, CustomerAccessType>(
    "customerAccessLog", new CustomerAccessLogEdgeType());

public sealed class CustomerAccessLogEdgeType() : NamedEdgeType<CustomerAccess, CustomerAccessType>(
    "customerAccessLog");
