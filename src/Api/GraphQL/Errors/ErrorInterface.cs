using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>What every typed mutation error shows: a message in the caller's language and a stable code.</summary>
public sealed class ErrorInterface : InterfaceGraphType<UserError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A problem with the input of a mutation. 操作错误。";
        Field(x => x.Message).Description("What went wrong, in the language of the request (Accept-Language zh or English).");
        Field(x => x.Code).Description("A stable, machine-readable code, e.g. REQUIRED or DUPLICATE_CUSTOMER.");
    }
}
