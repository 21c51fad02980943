using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.GraphQL.Customers.Reading;

/// <summary>
/// One row of a shaped customer read: the customer with only the selected members filled, and the single related
/// rows the same statement brought along (owner, next plan, last record, and for a node read its open deals) when
/// they were selected.
/// </summary>
public sealed class CustomerRow
{
    public Customer Customer { get; set; } = null!;

    public User? Owner { get; set; }

    public FollowUpPlan? NextPlan { get; set; }

    public FollowUpRecord? LastRecord { get; set; }

    public List<Deal>? OpenDeals { get; set; }
}
