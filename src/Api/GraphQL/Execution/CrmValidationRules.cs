using System.Runtime.CompilerServices;
using CrmGraph.Api.Configuration;
using GraphQL.Validation;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// The validation rules every transport runs: the spec's, then ours (authentication, roles, transport fit). Built once
/// per settings object, not per request (issue #16): the rules hold no state of a request.
/// </summary>
public static class CrmValidationRules
{
    private static readonly ConditionalWeakTable<GraphQLOptions, RuleSets> Built = [];
    private static readonly ConditionalWeakTable<IEnumerable<IValidationRule>, IValidationRule[]> Ours = [];

    public static IEnumerable<IValidationRule> ForHttp(bool isGet, bool streaming, GraphQLOptions limits) =>
        Built.GetValue(limits, Build).Http[(isGet ? 2 : 0) + (streaming ? 1 : 0)];

    public static IEnumerable<IValidationRule> ForWebSocket(GraphQLOptions limits) =>
        Built.GetValue(limits, Build).WebSocket;

    /// <summary>
    /// Our rules among <paramref name="rules"/>: what a document that passed the spec's rules before must still pass
    /// (they read the caller and the transport).
    /// </summary>
    public static IEnumerable<IValidationRule> BeyondTheSpec(IEnumerable<IValidationRule>? rules) =>
        rules is null ? [] : Ours.TryGetValue(rules, out var ours) ? ours : WithoutCore(rules);

    /// <summary>
    /// Whether every rule of ours among <paramref name="rules"/> is a <see cref="ICallerScopedRule"/>, so that a
    /// document without variables that passed them passes them again for the same caller (ADR-052).
    /// </summary>
    public static bool OutcomeKeptPerCaller(IEnumerable<IValidationRule>? rules) =>
        rules is not null && BeyondTheSpec(rules).All(rule => rule is ICallerScopedRule);

    private static RuleSets Build(GraphQLOptions limits)
    {
        var common = DocumentValidator.CoreRules.Append(new OperationLimitsRule(limits))
            .Append(AuthenticationRequiredRule.Instance)
            .Append(RoleAuthorizationRule.Instance);
        if (limits.EnableIntrospection == false)
        {
            common = common.Append(new IntrospectionDisabledRule(limits));
        }

        IValidationRule[] Http(bool isGet, bool streaming)
        {
            var transport = streaming ? StreamingTransportRule.EventStream : StreamingTransportRule.PlainHttp;
            var rules = common.Append(transport);
            var getOnly = streaming ? HttpGetQueriesOnlyRule.AllowingSubscriptions : HttpGetQueriesOnlyRule.Instance;
            return Remember([.. isGet ? rules.Append(getOnly) : rules]);
        }

        return new RuleSets([Http(false, false), Http(false, true), Http(true, false), Http(true, true)],
            Remember([.. common]));
    }

    private static IValidationRule[] Remember(IValidationRule[] rules)
    {
        Ours.AddOrUpdate(rules, WithoutCore(rules));
        return rules;
    }

    private static IValidationRule[] WithoutCore(IEnumerable<IValidationRule> rules) =>
        [.. rules.Where(rule => !DocumentValidator.CoreRules.Contains(rule))];

    // Http by (GET, streaming): [POST, POST streaming, GET, GET streaming].
    private sealed record RuleSets(IValidationRule[][] Http, IValidationRule[] WebSocket);
}
