using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>revisitService</c> (GraphQL: <c>RevisitServiceInput</c>).</summary>
public sealed record RevisitServiceInput(
    [GlobalId(ServiceRecordType.TypeName), Description("The service record. 服务记录。")] Guid ServiceId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Revisit conclusion. 回访结论。")] string Note,
    [Description("Whether the customer is satisfied. 客户是否满意。")] bool Satisfied,
    [Description("Defaults to now. 默认为当前时间。")] DateTimeOffset? RevisitedAt);

/// <summary>The revisit (回访); an unsatisfied complaint goes back to be resolved again.</summary>
public static class RevisitService
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, RevisitServiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyToServiceAsync(
            context, input.ServiceId, input.ExpectedVersion, (service, now) =>
            service.Revisit(input.Note, input.Satisfied, input.RevisitedAt ?? now));
    }
}
