using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Admin;

/// <summary>A user creates and revokes their own personal API tokens; an admin may revoke anyone's.</summary>
public static class ApiTokenMutations
{
    public static void AddApiTokenMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateApiTokenInput, CreatedApiTokenType>(
            "createApiToken", "created",
            "Creates a personal API token for a low-code tool, acting as you within its scope until it expires or is"
            + " revoked. Only a signed-in session can create one (not another API token). 创建 API 令牌。",
            CreateApiToken.HandleAsync);

        mutation.AddMutation<RevokeApiTokenInput, ApiTokenType>(
            "revokeApiToken", "token",
            "Revokes a personal API token at once; subscriptions opened with it end. 吊销 API 令牌。",
            RevokeApiToken.HandleAsync);
    }
}
