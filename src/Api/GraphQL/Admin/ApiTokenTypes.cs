using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

public sealed class ApiTokenScopeType : EnumerationGraphType<ApiTokenScope>
{
    public ApiTokenScopeType()
    {
        Name = "ApiTokenScope";
        Description = "What a personal API token may do. 令牌权限。";
        Values["READ_ONLY"]!.Description = "Queries and subscriptions only. 只读。";
        Values["READ_WRITE"]!.Description = "Queries, subscriptions and mutations. 读写。";
    }
}

public sealed class ApiTokenType : ObjectGraphType<ApiToken>
{
    public const string TypeName = "ApiToken";

    public ApiTokenType()
    {
        Name = TypeName;
        Description = "A personal API token for a low-code tool; its secret is shown only when created. 个人 API 令牌。";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ApiToken;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        Field(x => x.Name).Description("What it is for, e.g. 简道云看板. 名称。");
        Field(x => x.Prefix).Description("The secret's first characters, to recognise it. 密钥的前几位字符，用于识别令牌。");
        Field<NonNullGraphType<ApiTokenScopeType>>("scope")
            .Description("What the token may do: read only or read and write. 令牌权限：只读或读写。")
            .Resolve(c => c.Source.Scope);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Description("When the token was created. 创建时间。")
            .Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Description("When the token expires. 过期时间。")
            .Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeScalar>("revokedAt")
            .Description("Set once revoked; a revoked token never works again. 吊销时间；令牌一经吊销即永久失效。")
            .Resolve(c => c.Source.RevokedAt);
    }
}

/// <summary>A new token and its secret, which is never shown again.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);

public sealed class CreatedApiTokenType : ObjectGraphType<CreatedApiToken>
{
    public CreatedApiTokenType()
    {
        Name = "CreatedApiToken";
        Description = "The new token and its secret: copy the secret now, it is stored only as a hash. " +
            "新建的令牌及其密钥：请立即复制密钥，系统只保存其哈希值。";
        Field<NonNullGraphType<ApiTokenType>>("token").Description("The new token. 新建的 API 令牌。")
            .Resolve(c => c.Source.Token);
        Field(x => x.Secret).Description("Send it as `Authorization: Bearer <secret>` (or in `connection_init`'s " +
            "`authorization`). 以 `Authorization: Bearer <secret>` 发送（或放在 `connection_init` 的 `authorization` 中）。");
    }
}
