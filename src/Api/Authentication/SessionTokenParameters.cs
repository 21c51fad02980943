using CrmGraph.Api.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// What a session JWT is checked against: our issuer and audience, HS256, the current signing key and the previous
/// ones (key rotation). Built once; <see cref="BearerTokenValidator"/> is the only reader (ADR-050).
/// </summary>
public sealed class SessionTokenParameters(SymmetricSecurityKey key, IOptions<CrmOptions> crm)
{
    public TokenValidationParameters Value { get; } = new()
    {
        ValidIssuer = crm.Value.Auth.Issuer,
        ValidAudience = crm.Value.Auth.Audience,
        IssuerSigningKeys = [key, .. SigningKeyProvider.LoadPrevious(crm.Value)],
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = CrmClaims.Login,
        RoleClaimType = CrmClaims.Role,
    };
}
