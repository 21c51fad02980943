using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmGraph.Api.Persistence.Encryption;

/// <summary>
/// EF converters that seal personal contact data and hash its search keys (see <see cref="FieldProtection"/>).
/// </summary>
public static class ProtectedConverters
{
    /// <summary>Column size of a sealed value: the prefix, key id, nonce and tag, in base64.</summary>
    public const int SealedMaxLength = 1024;

    public static readonly ValueConverter<string?, string?> Text = new(
        v => FieldProtection.Protect(v), v => FieldProtection.Unprotect(v));

    public static readonly ValueConverter<DateOnly?, string?> Date = new(
        v => v == null ? null : FieldProtection.Protect(v.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        v => v == null ? null : DateOnly.ParseExact(
            FieldProtection.Unprotect(v)!, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// One-way: the column holds the keyed hash, and a query comparing with a plain value hashes it too.
    /// </summary>
    public static readonly ValueConverter<string?, string?> SearchHash = new(
        v => FieldProtection.SearchHash(v), v => v);

    /// <summary>
    /// A loaded key is the hash, a recomputed one the plain value: they are the same key when their hashes are.
    /// </summary>
    public static readonly ValueComparer<string?> SameSearchKey = new(
        (a, b) => FieldProtection.SearchHash(a) == FieldProtection.SearchHash(b),
        v => v == null ? 0 : StringComparer.Ordinal.GetHashCode(FieldProtection.SearchHash(v)!),
        v => v);
}
