namespace CrmGraph.Api.Authentication;

public static class CrmClaims
{
    public const string Subject = "sub";
    public const string Login = "login";
    public const string Role = "role";

    /// <summary>The id of the personal API token a request used.</summary>
    public const string ApiToken = "api_token";
}
