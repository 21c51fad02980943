using System.Text;
using System.Text.Json;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>
/// An opaque cursor: base64 of a JSON array holding the order's signature and then the sort-key values of one row
/// (the id last). A cursor made under another order is refused rather than silently mis-paging.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(string signature, IReadOnlyList<object?> values) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes((object?[])[signature, .. values]));

    public static object?[] Decode(string cursor, string signature, IReadOnlyList<Type> types, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(types);
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length != types.Count
                + 1 || items[0].ValueKind != JsonValueKind.String || items[0].GetString() != signature)
            {
                throw Invalid(argumentName);
            }

            return [.. items.Skip(1).Select((item, i) => item.Deserialize(types[i]))];
        }
        catch (Exception ex) when (
            ex is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid(argumentName);
        }
    }

    private static ExecutionError Invalid(string argumentName) =>
        new($"The '{argumentName}' cursor is not valid for this list; use a cursor returned by the same field with " +
            "the same order.")
        {
            Code = "INVALID_CURSOR",
        };
}
