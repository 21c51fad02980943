using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

/// <summary>The target changed since the caller read it; nothing was saved.</summary>
public sealed record StaleVersionUserError(string Message, string Code, int? CurrentVersion) : UserError(Message, Code);

public sealed class StaleVersionErrorType : ObjectGraphType<StaleVersionUserError>
{
    public StaleVersionErrorType()
    {
        Name = "StaleVersionError";
        Description = "Someone else changed it since you read it; nothing was changed. Read it again and retry. " +
            "数据已被他人修改。";
        Interface<ErrorInterface>();
        Field(x => x.Message).Description("What happened, in the language of the request. 发生了什么，使用请求的语言说明。");
        Field(x => x.Code).Description("STALE_VERSION. 错误码 STALE_VERSION（版本已过期）。");
        Field(x => x.CurrentVersion, nullable: true)
            .Description("The version now stored, when known (not when two saves raced). 当前保存的版本（已知时；两次保存同时发生时未知）。");
        IsTypeOf = o => o is StaleVersionUserError;
    }
}
