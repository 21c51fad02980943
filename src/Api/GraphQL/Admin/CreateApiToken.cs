using System.ComponentModel;
using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>The input of <c>createApiToken</c> (GraphQL: <c>CreateApiTokenInput</c>).</summary>
public sealed record CreateApiTokenInput(
    [Description("What it is for. 用途。")] string Name,
    [Description("READ_ONLY or READ_WRITE. 只读（READ_ONLY）或读写（READ_WRITE）。")] ApiTokenScope Scope,
    [ExpiresInDaysDescription] int? ExpiresInDays);

/// <summary>
/// A signed-in user creates a personal API token acting as them within its scope; an API token cannot create one
/// (rules: ApiToken.Create). The secret is returned once.
/// </summary>
public static class CreateApiToken
{
    public const int DefaultLifetimeDays = 90;

    public static async Task<object?> HandleAsync(IResolveFieldContext context, CreateApiTokenInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var viewer = context.Viewer();
        if (viewer.ApiTokenId is not null)
        {
            throw new DomainException(
                "TOKEN_CREATION_NOT_ALLOWED", "An API token cannot create API tokens; sign in with a session token.",
                "不能用 API 令牌创建新令牌，请使用登录会话令牌。");
        }

        var services = context.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var (token, secret) = ApiToken.Create(
            services.GetRequiredService<IIdGenerator>().NewId(), viewer.UserId, input.Name, input.Scope,
            input.ExpiresInDays ?? DefaultLifetimeDays, services.GetRequiredService<TimeProvider>().GetUtcNow());
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        return new CreatedApiToken(token, secret);
    }
}

/// <summary>The description of <c>expiresInDays</c>, which names the lifetime limits (not constants in C#).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class ExpiresInDaysDescriptionAttribute() : DescriptionAttribute(
    $"Lifetime in days, 1 to {ApiToken.MaxLifetimeDays}; default {CreateApiToken.DefaultLifetimeDays}. "
    + $"有效天数，1 到 {ApiToken.MaxLifetimeDays} 天；默认 {CreateApiToken.DefaultLifetimeDays} 天。");
