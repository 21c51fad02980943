using CrmGraph.Api.Configuration;
using GraphQL.Validation;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// The validation rules every transport runs: the spec's, then ours (authentication, roles, transport fit).
/// </summary>
public static class CrmValidationRules
{
    public static IEnumerable<IValidationRule> ForHttp(bool isGet, bool streaming, GraphQLOptions limits)
    {
        var rules = Common(limits)
            .Append(streaming ? StreamingTransportRule.EventStream : StreamingTransportRule.PlainHttp);
        return isGet
            ? rules.Append(streaming ? HttpGetQueriesOnlyRule.AllowingSubscriptions : HttpGetQueriesOnlyRule.Instance)
            : rules;
    }

    public static IEnumerable<IValidationRule> ForWebSocket(GraphQLOptions limits) => Common(limits);

    private static IEnumerable<IValidationRule> Common(GraphQLOptions limits)
    {
        var rules = DocumentValidator.CoreRules.Append(new OperationLimitsRule(limits))
            .Append(AuthenticationRequiredRule.Instance)
            .Append(RoleAuthorizationRule.Instance);
        return limits.EnableIntrospection == false ? rules.Append(new IntrospectionDisabledRule(limits)) : rules;
    }
}
