using CrmGraph.Api.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Api.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddCrmAuthentication(this IServiceCollection services)
    {
        services.AddSingleton(sp => SigningKeyProvider.Load(sp.GetRequiredService<IOptions<CrmOptions>>().Value));
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<ActiveUserCache>();
        services.AddSingleton<BearerTokenValidator>();
        services.AddSingleton<CredentialSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<CredentialSweep>());
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SymmetricSecurityKey, IOptions<CrmOptions>>((o, key, crm) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = crm.Value.Auth.Issuer,
                    ValidAudience = crm.Value.Auth.Audience,
                    IssuerSigningKeys = [key, .. SigningKeyProvider.LoadPrevious(crm.Value)],
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = CrmClaims.Login,
                    RoleClaimType = CrmClaims.Role,
                };
            });
        services.AddAuthorization();
        return services;
    }
}
