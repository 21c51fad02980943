using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

public sealed class ValidationErrorType : ObjectGraphType<ValidationUserError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "The input breaks a rule; `field` names the input field. 输入不符合规则。";
        Interface<ErrorInterface>();
        Field(x => x.Message).Description("What went wrong, in the language of the request. 出错原因，使用请求的语言说明。");
        Field(x => x.Code).Description(
            "A stable code such as REQUIRED, TOO_LONG or INVALID_ID. 稳定的错误码，例如 REQUIRED、TOO_LONG 或 INVALID_ID。");
        Field(x => x.Field, nullable: true).Description(
            "The input field at fault, as named in the schema (e.g. `name`). 出错的输入字段，使用 schema 中的名称（例如 `name`）。");
        IsTypeOf = o => o is ValidationUserError;
    }
}
