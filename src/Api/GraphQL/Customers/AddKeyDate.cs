using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>The input of <c>addKeyDate</c> (GraphQL: <c>AddKeyDateInput</c>).</summary>
public sealed record AddKeyDateInput(
    [GlobalId(CustomerType.TypeName), Description(InputDocs.Customer)] Guid CustomerId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("What kind of date. 日期类型。")] KeyDateKind Kind,
    [Description("The date. 日期。")] DateOnly Date,
    [Description("A label, e.g. 王总生日.")] string? Label,
    [Description("Defaults to yearly for birthdays and anniversaries. 生日和周年纪念日默认每年重复。")] bool? RecursYearly);

/// <summary>Adds a date worth a reminder.</summary>
public static class AddKeyDate
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, AddKeyDateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CustomerChange.ApplyAsync(context, input.CustomerId, input.ExpectedVersion, (customer, x) =>
            customer.AddKeyDate(x.NewId(), input.Kind, input.Date, input.Label, input.RecursYearly, x.Now));
    }
}
