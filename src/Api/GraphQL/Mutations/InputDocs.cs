namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>Descriptions of the input fields many mutations share, to use in their <c>[Description]</c>.</summary>
public static class InputDocs
{
    public const string Customer = "The customer. 客户。";

    public const string User = "The user. 用户。";

    public const string ExpectedVersion =
        "The `version` you last read; if it has changed since, nothing is changed and a StaleVersionError is returned."
        + " Omit to skip the check (another writer saving at the same moment is still detected). 乐观并发版本号。";

    public const string IdempotencyKey =
        "A key of your choosing (e.g. a UUID): retrying with the same key and input returns the record created the"
        + " first time instead of a second one. 幂等键。";
}

/// <summary>An input that creates a record under a customer, at most once per idempotency key.</summary>
public interface ICustomerRecordInput
{
    Guid CustomerId { get; }

    string? IdempotencyKey { get; }

    /// <summary>
    /// The customer's <c>version</c> the caller read, for inputs that have an <c>expectedVersion</c>.
    /// </summary>
    int? ExpectedVersion => null;
}
