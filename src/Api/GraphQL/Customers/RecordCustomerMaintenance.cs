using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordCustomerMaintenance</c> (GraphQL: <c>RecordCustomerMaintenanceInput</c>).</summary>
public sealed record RecordCustomerMaintenanceInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Satisfaction score, 1–5. 满意度评分，1–5 分。")] int SatisfactionScore,
    [Description("Loyalty score, 1–5. 忠诚度评分，1–5 分。")] int LoyaltyScore,
    [Description("Maintenance strategy. 维护策略。")] string? Strategy);

/// <summary>Records satisfaction, loyalty and the maintenance strategy of a signed customer.</summary>
public static class RecordCustomerMaintenance
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordCustomerMaintenanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.RecordMaintenance(
                input.SatisfactionScore, input.LoyaltyScore, input.Strategy, x.Viewer.UserId, x.Now));
    }
}
