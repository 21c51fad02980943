using System.Threading.RateLimiting;
using CrmGraph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Transport.RateLimiting;

/// <summary>
/// The one set of buckets shared by the HTTP middleware (requests, SSE, WebSocket upgrades) and the WebSocket session
/// (each <c>subscribe</c>): first the client address, then the credential. See ADR-026.
/// </summary>
public sealed class CrmRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<RateLimitClient> _limiter;

    public CrmRateLimiter(IOptions<CrmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.RateLimits;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<RateLimitClient, string>(ByAddress),
            PartitionedRateLimiter.Create<RateLimitClient, string>(ByCredential));
    }

    public RateLimitOptions Options => _options;

    /// <summary>The HTTP middleware's view of the same buckets (with limits off, no credential is hashed).</summary>
    public PartitionedRateLimiter<HttpContext> ForHttp(string graphQLPath) =>
        _limiter.WithTranslatedKey<HttpContext>(
            http => _options.Enabled ? RateLimitClient.Of(http, graphQLPath) : RateLimitClient.Exempt, leaveOpen: true);

    public RateLimitLease AttemptAcquire(RateLimitClient client) => _limiter.AttemptAcquire(client);

    /// <summary>Whole seconds until a refused client may try again (at least 1).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
    }

    /// <summary>The refusal text, naming the limits and their configuration keys.</summary>
    public string RefusalMessage(int retryAfterSeconds) =>
        $"Too many requests: the limits are {_options.PerTokenPerMinute} per minute per token " +
        "(Crm:RateLimits:PerTokenPerMinute) "
        + $"and {_options.PerAddressPerMinute} per minute per address without a token " +
            "(Crm:RateLimits:PerAddressPerMinute). "
        + $"Retry after {retryAfterSeconds} seconds.";

    public void Dispose() => _limiter.Dispose();

    private RateLimitPartition<string> ByAddress(RateLimitClient client) =>
        !_options.Enabled || client.IsExempt ? RateLimitPartition.GetNoLimiter(string.Empty)
        : client.CredentialHash is null ? Bucket("anonymous:" + client.Address, _options.PerAddressPerMinute)
        : Bucket("address:" + client.Address, _options.PerAddressWithTokenPerMinute);

    private RateLimitPartition<string> ByCredential(RateLimitClient client) =>
        !_options.Enabled || client.CredentialHash is null ? RateLimitPartition.GetNoLimiter(string.Empty)
        : Bucket("token:" + client.CredentialHash, _options.PerTokenPerMinute);

    /// <summary>
    /// A full minute's worth may be spent at once; one request's worth comes back every minute/limit.
    /// </summary>
    private static RateLimitPartition<string> Bucket(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerMinute / perMinute),
            QueueLimit = 0,
            AutoReplenishment = false,
        });
}
