using CrmGraph.Api.Authentication;
using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>A user creates and revokes their own personal API tokens; an admin may revoke anyone's.</summary>
public static class ApiTokenMutations
{
    public const int DefaultLifetimeDays = 90;

    public static void AddApiTokenMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreatedApiTokenType>(
            "createApiToken", "created",
            "Creates a personal API token for a low-code tool, acting as you within its scope until it expires or is revoked. Only a signed-in session can create one (not another API token). 创建 API 令牌。",
            i => i.Text("name", "What it is for. 用途。", required: true).Choice("scope", "ApiTokenScope", "READ_ONLY or READ_WRITE. 只读（READ_ONLY）或读写（READ_WRITE）。")
                .Int("expiresInDays", $"Lifetime in days, 1 to {ApiToken.MaxLifetimeDays}; "
                    + $"default {DefaultLifetimeDays}. 有效天数，1 到 {ApiToken.MaxLifetimeDays} 天；"
                    + $"默认 {DefaultLifetimeDays} 天。"),
            async (c, input) =>
            {
                var viewer = c.Viewer();
                if (viewer.ApiTokenId is not null)
                {
                    throw new DomainException("TOKEN_CREATION_NOT_ALLOWED", "An API token cannot create API tokens; sign in with a session token.", "不能用 API 令牌创建新令牌，请使用登录会话令牌。");
                }

                var services = c.RequestServices!;
                var db = services.GetRequiredService<CrmDbContext>();
                var (token, secret) = ApiToken.Create(services.GetRequiredService<IIdGenerator>().NewId(), viewer.UserId, input.Text("name")!,
                    input.Choice<ApiTokenScope>("scope")!.Value, input.Int("expiresInDays") ?? DefaultLifetimeDays, services.GetRequiredService<TimeProvider>().GetUtcNow());
                db.ApiTokens.Add(token);
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return new CreatedApiToken(token, secret);
            });

        mutation.AddMutation<ApiTokenType>(
            "revokeApiToken", "token", "Revokes a personal API token at once; subscriptions opened with it end. 吊销 API 令牌。",
            i => i.Id("tokenId", "The token. API 令牌。"),
            async (c, input) =>
            {
                var viewer = c.Viewer();
                var services = c.RequestServices!;
                var db = services.GetRequiredService<CrmDbContext>();
                var tokenId = input.Id("tokenId", ApiTokenType.TypeName);
                var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && (t.UserId == viewer.UserId || viewer.Role == UserRole.Admin), c.CancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundException("tokenId", "API token");
                token.Revoke(services.GetRequiredService<TimeProvider>().GetUtcNow());
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                services.GetRequiredService<EventHub<IDomainEvent>>().Publish(new CredentialsRevoked(token.UserId, token.Id, token.RevokedAt!.Value));
                return token;
            });
    }
}
