namespace CrmGraph.Api.Idempotency;

/// <summary>
/// A create mutation already carried out for (user, operation, key): a retry with the same key returns the same
/// result instead of creating a second record.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 100;

    public IdempotencyRecord(
        Guid id, Guid userId, string operation, string key, string requestHash, Guid resultId, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Operation = operation;
        Key = key;
        RequestHash = requestHash;
        ResultId = resultId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Operation { get; private set; }

    public string Key { get; private set; }

    /// <summary>
    /// SHA-256 of the input, so that reusing a key for different input is refused, not answered wrongly.
    /// </summary>
    public string RequestHash { get; private set; }

    public Guid ResultId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
