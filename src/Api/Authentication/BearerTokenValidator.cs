using System.Security.Claims;
using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CrmGraph.Api.Authentication;

/// <summary>Why a presented credential was not accepted.</summary>
public enum CredentialFailure
{
    None,
    InvalidToken,
    UserInactive,
}

/// <summary>The outcome of checking a bearer credential: no credential, a refusal, or the signed-in viewer.</summary>
public sealed record CredentialCheck(CredentialFailure Failure, ClaimsPrincipal? Principal, Viewer? Viewer)
{
    public static readonly CredentialCheck Anonymous = new(CredentialFailure.None, null, null);

    public bool Succeeded => Viewer is not null;
}

/// <summary>
/// The one check of a bearer credential for every transport (HTTP header, WebSocket <c>connection_init</c>, SSE):
/// a session JWT signed by our key (its signature checked once per token, <see cref="ValidatedSessionTokens"/>), or a
/// personal API token (<c>crm_pat_…</c>) looked up by its hash. Either way the user is loaded (at most
/// <see cref="Configuration.AuthOptions.UserCacheDuration"/> old, see <see cref="ActiveUserCache"/>), so a deactivated
/// user or a revoked token stops working at once on this node and within seconds on the others.
/// </summary>
public sealed class BearerTokenValidator(SessionTokenParameters parameters)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ValidatedSessionTokens _validated = new(parameters.Value.ClockSkew);
    private long _signatureChecks;

    /// <summary>Session tokens whose signature and claims were checked by the handler (for tests).</summary>
    public long SignatureChecks => Interlocked.Read(ref _signatureChecks);

    /// <summary>
    /// Checks a credential; <paramref name="fresh"/> reads the user from the database, not from
    /// <see cref="ActiveUserCache"/> (the re-checks of open streams).
    /// </summary>
    public async Task<CredentialCheck> CheckAsync(
        string? token, IServiceProvider services, CancellationToken cancellationToken, bool fresh = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(token))
        {
            return CredentialCheck.Anonymous;
        }

        var trimmed = token.Trim();
        return ApiTokenSecrets.LooksLikeApiToken(trimmed)
            ? await CheckApiTokenAsync(trimmed, services, fresh, cancellationToken).ConfigureAwait(false)
            : await CheckJwtAsync(trimmed, services, fresh, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The signed-in identity, or null for a missing or refused credential (WebSocket <c>connection_init</c>).
    /// </summary>
    public async Task<(ClaimsPrincipal Principal, Viewer Viewer)?> ValidateAsync(
        string? token, IServiceProvider services, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(token, services, cancellationToken).ConfigureAwait(false);
        return check.Succeeded ? (check.Principal!, check.Viewer!) : null;
    }

    /// <summary>Reads "Bearer x", or a bare token, from a header-like value.</summary>
    public static string? FromHeaderValue(string? value) =>
        value is null ? null
        : value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..]
        : value;

    private async Task<CredentialCheck> CheckJwtAsync(
        string token, IServiceProvider services, bool fresh, CancellationToken cancellationToken)
    {
        // The handler checks lifetimes against the system clock, so the cache does too.
        var now = DateTime.UtcNow;
        if (!_validated.TryGet(token, now, out var identity, out var validTo))
        {
            Interlocked.Increment(ref _signatureChecks);
            var result = await _handler.ValidateTokenAsync(token, parameters.Value).ConfigureAwait(false);
            if (!result.IsValid)
            {
                return new(CredentialFailure.InvalidToken, null, null);
            }

            (identity, validTo) = (result.ClaimsIdentity, result.SecurityToken.ValidTo);
            _validated.Add(token, identity, validTo, now);
        }

        var principal = new ClaimsPrincipal(identity!);
        var user = await services.GetRequiredService<CurrentUser>()
            .FindAsync(principal, fresh, cancellationToken).ConfigureAwait(false);
        return user is null
            ? new(CredentialFailure.UserInactive, null, null)
            : new(CredentialFailure.None, principal, Viewer.Of(user) with { CredentialExpiresAt = validTo });
    }

    private static async Task<CredentialCheck> CheckApiTokenAsync(
        string secret, IServiceProvider services, bool fresh, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CrmDbContext>();
        var hash = ApiTokenSecrets.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken)
            .ConfigureAwait(false);
        if (token is null || !token.IsUsableAt(services.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            return new(CredentialFailure.InvalidToken, null, null);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(CrmClaims.Subject, token.UserId.ToString()), new Claim(CrmClaims.ApiToken, token.Id.ToString())],
            "ApiToken", CrmClaims.Login, CrmClaims.Role));
        var user = await services.GetRequiredService<CurrentUser>()
            .FindAsync(principal, fresh, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return new(CredentialFailure.UserInactive, null, null);
        }

        var viewer = Viewer.Of(user) with
        {
            ApiTokenId = token.Id,
            Scope = token.Scope,
            CredentialExpiresAt = token.ExpiresAt,
        };
        return new(CredentialFailure.None, principal, viewer);
    }
}
