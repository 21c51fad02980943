using CrmGraph.Domain.Common;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>The id names nothing you can see (it does not exist, or it is outside your visibility).</summary>
public sealed record NotFoundUserError(string Message, string Code, string? Field) : UserError(Message, Code);

/// <summary>The command is understood but you may not do it (role, team or ownership).</summary>
public sealed record NotAllowedUserError(string Message, string Code) : UserError(Message, Code);

public sealed class NotFoundErrorType : ObjectGraphType<NotFoundUserError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "The id names nothing you can see. 未找到或无权查看。";
        Interface<ErrorInterface>();
        Field(x => x.Message).Description("What was not found, in the language of the request. 未找到的对象，使用请求的语言说明。");
        Field(x => x.Code).Description("A stable code such as NOT_FOUND. 稳定的错误码，例如 NOT_FOUND。");
        Field(x => x.Field, nullable: true).Description("The input field holding the id. 包含该 id 的输入字段。");
        IsTypeOf = o => o is NotFoundUserError;
    }
}

public sealed class NotAllowedErrorType : ObjectGraphType<NotAllowedUserError>
{
    public NotAllowedErrorType()
    {
        Name = "NotAllowedError";
        Description = "You may not do this (role, team or ownership). 无权执行此操作。";
        Interface<ErrorInterface>();
        Field(x => x.Message).Description("Why not, in the language of the request. 不允许的原因，使用请求的语言。");
        Field(x => x.Code).Description("A stable code such as OWNER_NOT_ALLOWED. 稳定的错误码，例如 OWNER_NOT_ALLOWED。");
        IsTypeOf = o => o is NotAllowedUserError;
    }
}

/// <summary>Raised by the API (not the domain) when an id does not resolve within the viewer's scope.</summary>
public sealed class NotFoundException(string field, string typeName)
    : DomainException("NOT_FOUND", $"No {typeName} with that id is visible to you.", $"未找到该{typeName}，或无权查看。", field);
