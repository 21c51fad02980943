using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>resolveService</c> (GraphQL: <c>ResolveServiceInput</c>).</summary>
public sealed record ResolveServiceInput(
    [GlobalId(ServiceRecordType.TypeName), Description("The service record. 服务记录。")] Guid ServiceId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("Result of the handling. 处理结果。")] string Result,
    [Description("Whether the customer is satisfied, if known. 客户是否满意（如已知）。")] bool? Satisfied,
    [Description("Defaults to now. 默认为当前时间。")] DateTimeOffset? ResolvedAt);

/// <summary>Records the result of the handling (处理结果).</summary>
public static class ResolveService
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, ResolveServiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyToServiceAsync(
            context, input.ServiceId, input.ExpectedVersion, (service, now) =>
            service.Resolve(input.Result, input.Satisfied, input.ResolvedAt ?? now));
    }
}
