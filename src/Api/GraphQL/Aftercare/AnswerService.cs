using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>answerService</c> (GraphQL: <c>AnswerServiceInput</c>).</summary>
public sealed record AnswerServiceInput(
    [GlobalId(ServiceRecordType.TypeName), Description("The service record. 服务记录。")] Guid ServiceId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion,
    [Description("The answer given. 响应内容。")] string Answer,
    [Description("Defaults to now. 默认为当前时间。")] DateTimeOffset? AnsweredAt);

/// <summary>The first answer to the customer (响应); the response time runs until then.</summary>
public static class AnswerService
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, AnswerServiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyToServiceAsync(
            context, input.ServiceId, input.ExpectedVersion, (service, now) =>
            service.Answer(input.Answer, input.AnsweredAt ?? now));
    }
}
