using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Errors;

public sealed class ValidationErrorType : ObjectGraphType<ValidationUserError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "The input breaks a rule; `field` names the input field. 输入不符合规则。";
        Interface<ErrorInterface>();
        Field(x => x.Message).Description("What went wrong, in the language of the request.");
        Field(x => x.Code).Description("A stable code such as REQUIRED, TOO_LONG or INVALID_ID.");
        Field(x => x.Field, nullable: true).Description("The input field at fault, as named in the schema (e.g. `name`).");
        IsTypeOf = o => o is ValidationUserError;
    }
}
