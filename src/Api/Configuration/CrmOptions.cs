namespace CrmGraph.Api.Configuration;

/// <summary>The <c>Crm</c> configuration section. Environment variables use <c>Crm__Key</c>.</summary>
public sealed class CrmOptions
{
    public const string SectionName = "Crm";

    /// <summary>
    /// Where the SQLite file and the generated signing key live. Relative paths are under the working directory.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseOptions Database { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public GraphQLOptions GraphQL { get; set; } = new();

    public EncryptionOptions Encryption { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for Postgres; for SQLite defaults to <c>Data Source={DataDirectory}/crm.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the server starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public sealed class AuthOptions
{
    /// <summary>
    /// HMAC-SHA256 key (at least 32 bytes of text or base64). Generated into the data directory when empty.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Earlier signing keys, still accepted after a rotation until their tokens have expired.</summary>
    public IList<string> PreviousSigningKeys { get; } = [];

    public string Issuer { get; set; } = "crmgraph";

    public string Audience { get; set; } = "crmgraph";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often open subscriptions re-check their credential (revocations on other nodes, expiry).</summary>
    public TimeSpan RevalidateInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a request may reuse the user another request of this node loaded: changes made on this node apply at
    /// once, changes made on another node within this time. Zero reads the user on every request.
    /// </summary>
    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}

public sealed class GraphQLOptions
{
    /// <summary>Largest accepted request body or query string, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Serve the GraphiQL page on GET /graphql for browsers (development only by default).</summary>
    public bool? EnableIde { get; set; }

    /// <summary>
    /// Serve <c>__schema</c>/<c>__type</c> and suggest field names in errors; off in Production unless set.
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>
    /// Where introspection is off, the roles (comma-separated, e.g. <c>Admin,Supervisor</c>; empty for none) whose
    /// tokens may still introspect and download <c>/graphql/schema.graphql</c>, so tools can bind (ADR-035).
    /// </summary>
    public string SchemaReaderRoles { get; set; } = "Admin,Supervisor";

    /// <summary>Largest file uploaded in a multipart request (spreadsheet imports), in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Most files in one multipart request.</summary>
    public int MaxUploadFiles { get; set; } = 5;

    /// <summary>Deepest field nesting of one operation (fragments expanded); the root field is depth 1.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most aliased fields in one operation (fragments expanded).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fields selected by one operation, counting each fragment use (fragments expanded).</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>Most directive uses in one operation (fragments expanded).</summary>
    public int MaxDirectives { get; set; } = 20;

    /// <summary>Highest estimated cost of one operation: every field 1, lists multiplied by their page size.</summary>
    public long MaxComplexity { get; set; } = 25_000;
}

/// <summary>
/// Keys for personal contact data at rest; when <see cref="Keys"/> is empty a key file is generated in the data
/// directory.
/// </summary>
public sealed class EncryptionOptions
{
    /// <summary>Entries <c>id:base64-32-byte-key</c>; keep old keys listed until <c>reencrypt</c> has run.</summary>
    public IList<string> Keys { get; } = [];

    /// <summary>The key that seals new values; defaults to the last of <see cref="Keys"/>.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Base64 32-byte key of the search hashes (phone, email); changing it needs <c>reencrypt</c>.</summary>
    public string? SearchKey { get; set; }
}

/// <summary>
/// Requests per minute on <c>/graphql</c> (HTTP, SSE, WebSocket upgrades and <c>subscribe</c> messages); token buckets.
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per credential (bearer token or API token, keyed by its hash); the bucket holds a minute's worth.
    /// </summary>
    public int PerTokenPerMinute { get; set; } = 600;

    /// <summary>Per client address for requests without a credential.</summary>
    public int PerAddressPerMinute { get; set; } = 300;

    /// <summary>
    /// Per client address for requests with a credential: an outer bound over all tokens sent from one address.
    /// </summary>
    public int PerAddressWithTokenPerMinute { get; set; } = 1200;
}
