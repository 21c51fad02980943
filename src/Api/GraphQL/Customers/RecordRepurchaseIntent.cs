using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>recordRepurchaseIntent</c> (GraphQL: <c>RecordRepurchaseIntentInput</c>).</summary>
public sealed record RecordRepurchaseIntentInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("What they want (required). 客户的复购/增购需求（必填）。")] string Reason,
    [GlobalId("User"), Description("The supervisor guiding the A-grade customer. 指导该 A 级客户的销售主管。")]
    Guid? SupervisorGuideId);

/// <summary>An established customer intends to buy again or more: back to A.</summary>
public static class RecordRepurchaseIntent
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RecordRepurchaseIntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            var guide = await SupervisorGuide
                .CheckAsync(db, input.SupervisorGuideId, customer, context.CancellationToken).ConfigureAwait(false);
            customer.RecordRepurchaseIntent(input.Reason, x.Viewer.UserId, guide, x.Now);
            return customer;
        });
    }
}
