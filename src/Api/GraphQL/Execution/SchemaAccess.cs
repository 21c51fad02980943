using CrmGraph.Api.Configuration;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Who may read the schema (introspection and the SDL download): everyone where introspection is on (outside
/// Production by default); where it is off, only signed-in callers whose role is one of
/// <see cref="GraphQLOptions.SchemaReaderRoles"/>. The one place for this rule (ADR-035).
/// </summary>
public static class SchemaAccess
{
    public static bool Allows(GraphQLOptions options, Viewer? viewer)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EnableIntrospection != false
            || (viewer is not null && ReaderRoles(options).Contains(viewer.Role));
    }

    /// <summary>The configured roles; an unknown name stops the request with the setting and the valid names.</summary>
    public static IReadOnlySet<UserRole> ReaderRoles(GraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var roles = new HashSet<UserRole>();
        foreach (var name in options.SchemaReaderRoles.Split(
            ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<UserRole>(name, ignoreCase: true, out var role)
                || !Enum.IsDefined(role)
                || int.TryParse(name, out _))
            {
                throw new InvalidOperationException(
                    $"Crm:GraphQL:SchemaReaderRoles names '{name}', which is not a role; use " +
                    $"{string.Join(", ", Enum.GetNames<UserRole>())}.");
            }

            roles.Add(role);
        }

        return roles;
    }

    public static string RefusalMessage(GraphQLOptions options, Viewer? viewer)
    {
        ArgumentNullException.ThrowIfNull(options);
        var readers = ReaderRoles(options);
        var who = readers.Count == 0 ? "nobody (Crm:GraphQL:SchemaReaderRoles is empty)" : string.Join(" or ", readers);
        return viewer is null
            ? $"Introspection and the schema download need a bearer token of a user who may read the schema ({who}). " +
                "读取接口结构需要有权限的令牌。"
            : $"Reading the schema is for {who}; you are {viewer.Role}. 读取接口结构需要{who}权限。";
    }
}
