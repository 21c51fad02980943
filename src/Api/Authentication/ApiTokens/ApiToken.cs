using CrmGraph.Domain.Common;

namespace CrmGraph.Api.Authentication.ApiTokens;

/// <summary>What a personal API token may do.</summary>
public enum ApiTokenScope
{
    /// <summary>Queries and subscriptions only (只读).</summary>
    ReadOnly,

    /// <summary>Queries, subscriptions and mutations (读写).</summary>
    ReadWrite,
}

/// <summary>
/// A personal API token for a low-code tool: the secret is shown once and stored only as its SHA-256 hash; it acts
/// as its user within its scope until it expires or is revoked.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;
    public const int MaxLifetimeDays = 366;

    // Only for EF.
    private ApiToken()
    {
        Name = string.Empty;
        SecretHash = string.Empty;
        Prefix = string.Empty;
    }

    private ApiToken(
        Guid id, Guid userId, string name, ApiTokenScope scope, string secretHash, string prefix,
        DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        UserId = userId;
        Name = name;
        Scope = scope;
        SecretHash = secretHash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public ApiTokenScope Scope { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the secret; the secret itself is never stored.</summary>
    public string SecretHash { get; private set; }

    /// <summary>The secret's first characters, to tell tokens apart in a list.</summary>
    public string Prefix { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Creates a token and returns it with its secret, which the caller shows once.</summary>
    public static (ApiToken Token, string Secret) Create(
        Guid id, Guid userId, string name, ApiTokenScope scope, int lifetimeDays, DateTimeOffset now)
    {
        var tokenName = Guard.RequiredText(name, "name", NameMaxLength, "令牌名称");
        if (lifetimeDays is < 1 or > MaxLifetimeDays)
        {
            throw new DomainException("INVALID_LIFETIME", $"'expiresInDays' must be 1 to {MaxLifetimeDays}; it is " +
                $"{lifetimeDays}.", $"有效期必须在 1 到 {MaxLifetimeDays} 天之间，当前为 {lifetimeDays}。", "expiresInDays");
        }

        var secret = ApiTokenSecrets.NewSecret();
        var token = new ApiToken(
            id, userId, tokenName, scope, ApiTokenSecrets.Hash(secret), secret[..ApiTokenSecrets.DisplayPrefixLength],
            now, now.AddDays(lifetimeDays));
        return (token, secret);
    }

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainException("ALREADY_REVOKED", "The token is already revoked.", "该令牌已被吊销。", "tokenId");
        }

        RevokedAt = now;
    }
}
