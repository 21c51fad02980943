using System.Security.Claims;
using CrmGraph.Api.GraphQL.Execution;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// Validates a bearer token that did not come in an Authorization header (a WebSocket's <c>connection_init</c>
/// payload), with exactly the HTTP pipeline's rules, and finds its active user.
/// </summary>
public sealed class BearerTokenValidator(IOptionsMonitor<JwtBearerOptions> options)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<(ClaimsPrincipal Principal, Viewer Viewer)?> ValidateAsync(string? token, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var parameters = options.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var result = await _handler.ValidateTokenAsync(token.Trim(), parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        var user = await services.GetRequiredService<CurrentUser>().FindAsync(principal, cancellationToken).ConfigureAwait(false);
        return user is null ? null : (principal, Viewer.Of(user));
    }

    /// <summary>Reads "Bearer x", or a bare token, from a header-like value.</summary>
    public static string? FromHeaderValue(string? value) =>
        value is null ? null
        : value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..]
        : value;
}
