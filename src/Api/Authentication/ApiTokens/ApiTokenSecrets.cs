using System.Security.Cryptography;
using System.Text;

namespace CrmGraph.Api.Authentication.ApiTokens;

/// <summary>
/// Secrets look like <c>crm_pat_</c> + 43 base64url characters (256 random bits). A fast hash is enough at that
/// entropy (no dictionary to attack), and it lets a request find its token by an indexed equality lookup.
/// </summary>
public static class ApiTokenSecrets
{
    public const string Marker = "crm_pat_";
    public const int DisplayPrefixLength = 14;

    public static bool LooksLikeApiToken(string token) => token.StartsWith(Marker, StringComparison.Ordinal);

    public static string NewSecret() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
