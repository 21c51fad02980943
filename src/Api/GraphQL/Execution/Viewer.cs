using CrmGraph.Domain.Users;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>Who is asking: the signed-in user as the GraphQL layer sees them.</summary>
public sealed record Viewer(Guid UserId, Guid TeamId, UserRole Role, string Login)
{
    public static Viewer Of(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.TeamId, user.Role, user.Login);
    }
}
