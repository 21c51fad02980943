using System.ComponentModel;
using CrmGraph.Api.Authentication;
using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>revokeApiToken</c> (GraphQL: <c>RevokeApiTokenInput</c>).</summary>
public sealed record RevokeApiTokenInput(
    [GlobalId(ApiTokenType.TypeName), Description("The token. API 令牌。")] Guid TokenId);

/// <summary>
/// A user revokes one of their own API tokens, an admin anyone's (rules: ApiToken.Revoke); subscriptions opened with
/// it end, on <see cref="CredentialsRevoked"/>.
/// </summary>
public static class RevokeApiToken
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, RevokeApiTokenInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var viewer = context.Viewer();
        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var token = await db.ApiTokens.SingleOrDefaultAsync(
                t => t.Id == input.TokenId && (t.UserId == viewer.UserId || viewer.Role == UserRole.Admin),
                context.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("tokenId", "API token");
        token.Revoke(services.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        services.GetRequiredService<EventHub<IDomainEvent>>()
            .Publish(new CredentialsRevoked(token.UserId, token.Id, token.RevokedAt!.Value));
        return token;
    }
}
