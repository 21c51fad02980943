using CrmGraph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Credentials are checked by <see cref="BearerTokenValidator"/> alone, once per request or stream. No ASP.NET
    /// authentication scheme is registered: with one, the host would add its authentication middleware and validate
    /// every bearer token a second time for nothing (ADR-050).
    /// </summary>
    public static IServiceCollection AddCrmAuthentication(this IServiceCollection services)
    {
        services.AddSingleton(sp => SigningKeyProvider.Load(sp.GetRequiredService<IOptions<CrmOptions>>().Value));
        services.AddSingleton<SessionTokenParameters>();
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<ActiveUserCache>();
        services.AddSingleton<BearerTokenValidator>();
        services.AddSingleton<CredentialSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<CredentialSweep>());
        return services;
    }
}
