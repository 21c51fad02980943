using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// Opaque global ids in Hot Chocolate 14's format: base64 of <c>TypeName:key</c>. Parsing accepts standard
/// and URL-safe alphabets, with or without padding.
/// </summary>
public static class GlobalId
{
    public static string Format(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryParse(string? value, [NotNullWhen(true)] out string? typeName, out Guid id)
    {
        typeName = null;
        id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            return false;
        }

        var base64 = value.Trim().Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParse(text.AsSpan(colon + 1), out id))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Parses an id that must denote <paramref name="expectedType"/>.</summary>
    public static bool TryParse(string? value, string expectedType, out Guid id) =>
        TryParse(value, out var typeName, out id) && typeName == expectedType;
}
