using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>changeCustomerGrade</c> (GraphQL: <c>ChangeCustomerGradeInput</c>).</summary>
public sealed record ChangeCustomerGradeInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("The new grade. 新的客户分级。")] CustomerGrade Grade,
    [Description("升级/降级原因 (required).")] string Reason,
    [GlobalId("User"), Description("The supervisor guiding an A-grade customer. 负责指导 A 级客户的销售主管。")]
    Guid? SupervisorGuideId);

/// <summary>Changes the A/B/C grade with its reason; A needs a supervisor guide (rules: Customer.Regrade).</summary>
public static class ChangeCustomerGrade
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ChangeCustomerGradeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, async (customer, x, db) =>
        {
            var guide = await SupervisorGuide
                .CheckAsync(db, input.SupervisorGuideId, customer, context.CancellationToken).ConfigureAwait(false);
            customer.Regrade(input.Grade, input.Reason, x.Viewer.UserId, guide, x.Now);
            return customer;
        });
    }
}
