using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Which roles may use a field, declared where the field is defined (<c>field.RequireRoles(Admin)</c>).
/// </summary>
public static class FieldRoles
{
    private const string Key = "crm:roles";

    public static FieldType RequireRoles(this FieldType field, params UserRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[Key] = roles;
        return field;
    }

    public static IReadOnlyList<UserRole>? RequiredRoles(this FieldType field) =>
        field?.Metadata.TryGetValue(Key, out var roles) == true ? roles as UserRole[] : null;
}

/// <summary>
/// Refuses, before anything runs, every operation that selects a field the viewer's role may not use, and every
/// mutation sent with a read-only API token. Visibility of rows is the resolvers' business (VisibilityScope);
/// this rule is about what a role or a credential may ask at all.
/// </summary>
public sealed class RoleAuthorizationRule : ValidationRuleBase, ICallerScopedRule
{
    public static readonly RoleAuthorizationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((context.UserContext as CrmUserContext)?.Viewer is not { } viewer)
        {
            return default;
        }

        if (context.Operation.Operation == OperationType.Mutation && viewer.Scope == ApiTokenScope.ReadOnly)
        {
            context.ReportError(new ForbiddenError(context, "READ_ONLY_TOKEN", "This API token is read-only: it may " +
                "query and subscribe but not run mutations.", context.Operation));
        }

        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef()?.RequiredRoles() is { } roles && !roles.Contains(viewer.Role))
            {
                ctx.ReportError(new ForbiddenError(ctx, "ROLE_NOT_ALLOWED", $"'{field.Name.Value}' is for " +
                    $"{string.Join(" or ", roles)} only; you are {viewer.Role}.", field));
            }
        }));
    }
}

public sealed class ForbiddenError : ValidationError
{
    public ForbiddenError(ValidationContext context, string code, string message, params ASTNode[] nodes)
        : base(context?.Document.Source ?? default, null!, message, nodes)
    {
        Code = code;
    }
}
