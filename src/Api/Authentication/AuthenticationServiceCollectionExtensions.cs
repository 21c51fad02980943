using CrmGraph.Api.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Api.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddCrmAuthentication(this IServiceCollection services, CrmOptions options)
    {
        var key = SigningKeyProvider.Load(options);
        services.AddSingleton(key);
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<CurrentUser>();
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Auth.Issuer,
                    ValidAudience = options.Auth.Audience,
                    IssuerSigningKey = key,
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
