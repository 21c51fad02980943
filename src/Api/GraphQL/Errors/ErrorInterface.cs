using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>What every typed mutation error shows: a message in the caller's language and a stable code.</summary>
public sealed class ErrorInterface : InterfaceGraphType<UserError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A problem with the input of a mutation. 操作错误。";
        Field(x => x.Message).Description("What went wrong, in the language of the request (Accept-Language zh or " +
            "English). 出错原因，使用请求的语言（Accept-Language 为 zh 时用中文，否则用英文）。");
        Field(x => x.Code).Description("A stable, machine-readable code, e.g. REQUIRED or DUPLICATE_CUSTOMER. " +
            "稳定的机器可读错误码，例如 REQUIRED 或 DUPLICATE_CUSTOMER。");
    }
}
