namespace CrmGraph.Api.Authentication;

public static class CrmClaims
{
    public const string Subject = "sub";
    public const string Login = "login";
    public const string Role = "role";
}
