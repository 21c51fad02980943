using System.Security.Claims;
using CrmGraph.Api.Configuration;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Api.Authentication;

/// <summary>Mints signed bearer tokens for users.</summary>
/// <remarks>
/// Token lifetimes follow the wall clock, not the injectable <see cref="TimeProvider"/>: the JWT handler validates
/// expiry against the system clock, and a token must stay valid while a test moves domain time.
/// </remarks>
public sealed class TokenIssuer(IOptions<CrmOptions> options, SymmetricSecurityKey key)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(User user, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var auth = options.Value.Auth;
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? auth.TokenLifetime),
            Subject = new ClaimsIdentity(
            [
                new Claim(CrmClaims.Subject, user.Id.ToString()),
                new Claim(CrmClaims.Login, user.Login),
                new Claim(CrmClaims.Role, user.Role.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return Handler.CreateToken(descriptor);
    }
}
