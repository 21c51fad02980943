using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Every operation runs as a user; only <c>{ __typename }</c> may be asked anonymously (health probes, audits).
/// </summary>
public sealed class AuthenticationRequiredRule : ValidationRuleBase, ICallerScopedRule
{
    public static readonly AuthenticationRequiredRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var anonymous = (context.UserContext as CrmUserContext)?.Viewer is null;
        if (anonymous && !OnlyTypename(context.Operation.SelectionSet))
        {
            context.ReportError(new AuthenticationRequiredError());
        }

        return default;
    }

    private static bool OnlyTypename(GraphQLSelectionSet selectionSet) =>
        selectionSet.Selections.All(
            s => s is GraphQLField { SelectionSet: null } field && field.Name.Value == "__typename");
}

public sealed class AuthenticationRequiredError : ValidationError
{
    public AuthenticationRequiredError()
        : base("Authentication required: send 'Authorization: Bearer <token>' (get one with `dotnet run --project " +
            "src/Api -- token <login>`).")
    {
        Code = "AUTH_NOT_AUTHENTICATED";
    }
}
