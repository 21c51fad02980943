using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Sorting;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>What <c>customers(where:, order:)</c> can filter and sort by.</summary>
public static class CustomerFiltering
{
    public static readonly FilterSpec<Customer> Filter = new FilterSpec<Customer>("CustomerFilterInput", "Conditions on customers; fields are AND-ed. 客户筛选。")
        .Reference("id", c => c.Id, CustomerType.TypeName, "The customer's global id.")
        .Text("name", c => c.Name, "Person or company name. 客户名称。")
        .Choice<CustomerKind, CustomerKindType>("kind", c => c.Kind, "客户类型。")
        .OptionalReference("ownerId", c => c.OwnerId, UserType.TypeName, "The responsible salesperson; `eq: null` finds customers in the pool. 负责人。")
        .Instant("firstContactAt", c => c.FirstContactAt, "首次接触时间。")
        .Instant("enteredAt", c => c.EnteredAt, "录入时间。");

    public static readonly SortSpec<Customer> Sort = new SortSpec<Customer>(
            "CustomerSortInput",
            SortKey.By("id", (Customer c) => c.Id).Selector,
            [SortKey.By("enteredAt", (Customer c) => c.EnteredAt, descending: true), SortKey.By("id", (Customer c) => c.Id, descending: true)])
        .By("name", c => c.Name, "Person or company name.")
        .By("kind", c => c.Kind, "Individual or organization.")
        .By("firstContactAt", c => c.FirstContactAt, "首次接触时间。")
        .By("enteredAt", c => c.EnteredAt, "录入时间 (the default order, newest first).");
}

public sealed class CustomerFilterInputType() : FilterInputType<Customer>(CustomerFiltering.Filter);

public sealed class CustomerSortInputType() : SortInputType<Customer>(CustomerFiltering.Sort);
