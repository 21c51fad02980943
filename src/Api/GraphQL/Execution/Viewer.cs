using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>Who is asking: the signed-in user as the GraphQL layer sees them, and the credential they used.</summary>
public sealed record Viewer(Guid UserId, Guid TeamId, UserRole Role, string Login)
{
    /// <summary>The personal API token used, or null for a session (JWT) token.</summary>
    public Guid? ApiTokenId { get; init; }

    /// <summary>What the credential allows: a session token may do everything its user may.</summary>
    public ApiTokenScope Scope { get; init; } = ApiTokenScope.ReadWrite;

    /// <summary>When the credential stops working; open subscriptions end then.</summary>
    public DateTimeOffset? CredentialExpiresAt { get; init; }

    public static Viewer Of(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.TeamId, user.Role, user.Login);
    }
}
