using GraphQL.Validation;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>The validation rules every transport runs: the spec's, then ours (authentication, roles, transport fit).</summary>
public static class CrmValidationRules
{
    public static IEnumerable<IValidationRule> ForHttp(bool isGet, bool streaming)
    {
        var rules = Common().Append(streaming ? StreamingTransportRule.EventStream : StreamingTransportRule.PlainHttp);
        return isGet ? rules.Append(streaming ? HttpGetQueriesOnlyRule.AllowingSubscriptions : HttpGetQueriesOnlyRule.Instance) : rules;
    }

    public static IEnumerable<IValidationRule> ForWebSocket() => Common();

    private static IEnumerable<IValidationRule> Common() =>
        DocumentValidator.CoreRules.Append(AuthenticationRequiredRule.Instance).Append(RoleAuthorizationRule.Instance);
}
