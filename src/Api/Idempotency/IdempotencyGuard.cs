using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Idempotency;

/// <summary>
/// Runs a create at most once per (user, operation, idempotency key). The record is saved in the same transaction
/// as the created entity, and a unique index settles two concurrent first attempts.
/// </summary>
public sealed class IdempotencyGuard(CrmDbContext db, IIdGenerator ids, TimeProvider time)
{
    /// <summary>The id created by an earlier call with this key, or null when this is the first.</summary>
    public async Task<Guid?> FindEarlierAsync(
        Guid userId, string operation, string? key, object input, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }

        var normalized = Normalize(key);
        var earlier = await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleOrDefaultAsync(
                r => r.UserId == userId && r.Operation == operation && r.Key == normalized, cancellationToken)
            .ConfigureAwait(false);
        return earlier switch
        {
            null => null,
            _ when earlier.RequestHash != Hash(input) => throw new DomainException(
                "IDEMPOTENCY_KEY_REUSED",
                "This idempotency key was already used with different input; use a new key for a new request.",
                "该幂等键已用于不同的请求内容，请为新请求使用新的键。",
                "idempotencyKey"),
            _ => earlier.ResultId,
        };
    }

    /// <summary>Adds the record to the current unit of work; it is committed with the created entity.</summary>
    public void Remember(Guid userId, string operation, string? key, object input, Guid resultId)
    {
        if (key is not null)
        {
            db.Set<IdempotencyRecord>().Add(new IdempotencyRecord(
                ids.NewId(), userId, operation, Normalize(key), Hash(input), resultId, time.GetUtcNow()));
        }
    }

    /// <summary>True when saving failed because a concurrent request with the same key committed first.</summary>
    public static bool IsDuplicateKey(DbUpdateException exception) =>
        exception?.InnerException?.Message.Contains("idempotency", StringComparison.OrdinalIgnoreCase) == true;

    private static string Normalize(string key)
    {
        var trimmed = key.Trim();
        return trimmed.Length is > 0 and <= IdempotencyRecord.KeyMaxLength
            ? trimmed
            : throw new DomainException(
                "INVALID_IDEMPOTENCY_KEY",
                $"'idempotencyKey' must be 1 to {IdempotencyRecord.KeyMaxLength} characters.",
                $"幂等键长度必须为 1 到 {IdempotencyRecord.KeyMaxLength} 个字符。",
                "idempotencyKey");
    }

    private static string Hash(object input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input))));
}
