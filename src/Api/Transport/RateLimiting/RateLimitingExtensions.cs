using CrmGraph.Api.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Transport.RateLimiting;

/// <summary>
/// Wires <see cref="CrmRateLimiter"/> into ASP.NET Core's rate-limiting middleware; refusals are GraphQL-shaped 429s.
/// </summary>
public static class RateLimitingExtensions
{
    public const string Code = "RATE_LIMITED";

    public static IServiceCollection AddCrmRateLimiting(
        this IServiceCollection services, string graphQLPath = "/graphql")
    {
        services.AddSingleton<CrmRateLimiter>();
        services.AddSingleton<IValidateOptions<CrmOptions>, RateLimitOptionsValidator>();
        services.AddOptions<CrmOptions>().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<CrmRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter.ForHttp(graphQLPath);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
                RefuseAsync(context.HttpContext, limiter, CrmRateLimiter.RetryAfterSeconds(context.Lease));
        });
        return services;
    }

    private static async ValueTask RefuseAsync(HttpContext http, CrmRateLimiter limiter, int retryAfterSeconds)
    {
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CrmGraph.RateLimits")
            .LogWarning(
                "Rate limit exceeded by {Address} ({Kind}).", http.Connection.RemoteIpAddress,
                http.Request.Headers.Authorization.Count > 0 ? "with a credential" : "anonymous");
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(
            System.Globalization.CultureInfo.InvariantCulture);
        var error = new RequestError(
            limiter.RefusalMessage(retryAfterSeconds), Code, StatusCodes.Status429TooManyRequests);
        await http.RequestServices.GetRequiredService<GraphQLHttpHandler>()
            .WriteRefusalAsync(http, error)
            .ConfigureAwait(false);
    }

    private sealed class RateLimitOptionsValidator : IValidateOptions<CrmOptions>
    {
        public ValidateOptionsResult Validate(string? name, CrmOptions options)
        {
            var limits = options.RateLimits;
            var failures = new[]
            {
                (nameof(limits.PerTokenPerMinute), limits.PerTokenPerMinute),
                (nameof(limits.PerAddressPerMinute), limits.PerAddressPerMinute),
                (nameof(limits.PerAddressWithTokenPerMinute), limits.PerAddressWithTokenPerMinute),
            }
            .Where(l => l.Item2 < 1)
            .Select(l => $"Crm:RateLimits:{l.Item1} must be at least 1 (it is {l.Item2}); set " +
                "Crm:RateLimits:Enabled=false to turn rate limits off.")
            .ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
