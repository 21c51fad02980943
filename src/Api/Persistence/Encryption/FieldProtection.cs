using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CrmGraph.Api.Persistence.Encryption;

/// <summary>
/// Encryption at rest of personal contact data (AES-256-GCM, one random nonce per value) and keyed hashes
/// (HMAC-SHA256) for exact-match search of those values. Stored form:
/// <c>enc:&lt;keyId&gt;:&lt;base64(nonce|tag|ciphertext)&gt;</c>, so a value names the key that sealed it and keys can
/// rotate. Values without the prefix are read as they are (rows written before encryption, until <c>reencrypt</c> seals
/// them).
/// </summary>
/// <remarks>
/// EF Core caches one model per context type for the whole process, and value converters belong to the model, so
/// the keys live here, process-wide, registered by the host at start. Every key ever registered stays usable for
/// reading.
/// </remarks>
public static class FieldProtection
{
    private const string Prefix = "enc:";
    private const string HashPrefix = "h:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly ConcurrentDictionary<string, byte[]> Keys = new(StringComparer.Ordinal);
    private static volatile FieldKeySet? _active;

    /// <summary>
    /// Loads the host's keys. A key id names one key for good and the search key stays the same while the process
    /// runs: a second host in the process (as in tests) with other keys would leave the values the first sealed or
    /// hashed unreadable or not found, so that is refused at its start.
    /// </summary>
    public static void Use(FieldKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (Keys)
        {
            foreach (var (id, key) in keys.Keys)
            {
                if (Keys.TryGetValue(id, out var loaded) && !loaded.AsSpan().SequenceEqual(key))
                {
                    throw new InvalidOperationException($"Field-encryption key '{id}' is already loaded in this " +
                        "process with other bytes; a key id names one key for good (Crm:Encryption:Keys).");
                }
            }

            if (_active is { } current && !current.SearchKey.AsSpan().SequenceEqual(keys.SearchKey))
            {
                throw new InvalidOperationException("Another Crm:Encryption:SearchKey is already loaded in this " +
                    "process; values hashed for search under it would no longer be found.");
            }

            foreach (var (id, key) in keys.Keys)
            {
                Keys[id] = key;
            }

            _active = keys;
        }
    }

    /// <summary>The id of the key that seals new values.</summary>
    public static string ActiveKeyId => Active.ActiveKeyId;

    public static string? Protect(string? plaintext)
    {
        if (plaintext is null || plaintext.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return plaintext;
        }

        var active = Active;
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceBytes + TagBytes + input.Length];
        nonce.CopyTo(sealedBytes, 0);
        using (var aes = new AesGcm(active.Keys[active.ActiveKeyId], TagBytes))
        {
            aes.Encrypt(
                nonce, input, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        }

        return $"{Prefix}{active.ActiveKeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    public static string? Unprotect(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        var keyId = stored[Prefix.Length..separator];
        if (!Keys.TryGetValue(keyId, out var key))
        {
            throw new InvalidOperationException($"A value is sealed with field-encryption key '{keyId}', which is " +
                "not configured (Crm:Encryption:Keys).");
        }

        var sealedBytes = Convert.FromBase64String(stored[(separator + 1)..]);
        var output = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes),
                sealedBytes.AsSpan(NonceBytes, TagBytes), output);
        }

        return Encoding.UTF8.GetString(output);
    }

    /// <summary>True when the stored value is sealed with the active key (nothing to re-encrypt).</summary>
    public static bool IsCurrent(string? stored) =>
        stored is null || stored.StartsWith($"{Prefix}{Active.ActiveKeyId}:", StringComparison.Ordinal);

    /// <summary>
    /// Whether two duplicate keys are the same, whether each is plain (just computed) or hashed (as loaded).
    /// </summary>
    public static bool SameSearchKey(string? a, string? b) => SearchHash(a) == SearchHash(b);

    /// <summary>The keyed hash used to find a value by exact match; hashing a hash returns it unchanged.</summary>
    public static string? SearchHash(string? normalized)
    {
        if (normalized is null || normalized.StartsWith(HashPrefix, StringComparison.Ordinal))
        {
            return normalized;
        }

        return HashPrefix + Convert.ToHexStringLower(
            HMACSHA256.HashData(Active.SearchKey, Encoding.UTF8.GetBytes(normalized)));
    }

    private static FieldKeySet Active => _active ?? throw new InvalidOperationException(
        "Field encryption keys are not loaded; the host registers them at start (FieldProtection.Use).");
}
