using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>The input of <c>closeService</c> (GraphQL: <c>CloseServiceInput</c>).</summary>
public sealed record CloseServiceInput(
    [GlobalId(ServiceRecordType.TypeName), Description("The service record. 服务记录。")] Guid ServiceId,
    [Description(InputDocs.ExpectedVersion)] int? ExpectedVersion);

/// <summary>Closes the service; a complaint only after a satisfied revisit (the rules: ServiceRecord.Close).</summary>
public static class CloseService
{
    public static Task<object?> HandleAsync(IResolveFieldContext context, CloseServiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AftercareRecordChange.ApplyToServiceAsync(
            context, input.ServiceId, input.ExpectedVersion, (service, now) =>
            service.Close(now));
    }
}
