using System.Globalization;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Transport;
using CrmGraph.Domain.Common;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// The GraphQL types C# input members map to, and how a parsed value becomes the member's value:
/// string → String, int → Int, decimal → Decimal, bool → Boolean, DateOnly → Date, DateTimeOffset → DateTime,
/// an enum → the enum type of the same name, Guid with <see cref="GlobalIdAttribute"/> → ID,
/// IReadOnlyList&lt;string&gt; → [String!], <see cref="UploadedFile"/> → Upload (a file sent with the multipart
/// request spec).
/// </summary>
public static class InputScalars
{
    public static IGraphType GraphType(Type type, string? idTypeName) => type switch
    {
        _ when type == typeof(Guid) => idTypeName is null
            ? throw new InvalidOperationException("A Guid input member needs [GlobalId(TypeName)].")
            : new IdGraphType(),
        _ when type == typeof(string) => new StringGraphType(),
        _ when type == typeof(int) => new IntGraphType(),
        _ when type == typeof(decimal) => new DecimalGraphType(),
        _ when type == typeof(bool) => new BooleanGraphType(),
        _ when type == typeof(DateOnly) => new GraphQLTypeReference("Date"),
        _ when type == typeof(DateTimeOffset) => new GraphQLTypeReference("DateTime"),
        _ when type == typeof(UploadedFile) => new GraphQLTypeReference("Upload"),
        _ when type.IsEnum => new GraphQLTypeReference(type.Name),
        _ when type == typeof(IReadOnlyList<string>) => new ListGraphType(new NonNullGraphType(new StringGraphType())),
        _ => throw new InvalidOperationException($"No GraphQL input type for {type.Name}; use [GraphType(name)]."),
    };

    /// <summary>The member's value, or null when the field was left out or sent as null.</summary>
    public static object? Read(object? value, Type type, string? idTypeName, string field) => value switch
    {
        null => null,
        string text when idTypeName is not null => GlobalId.TryParse(text, idTypeName, out var id)
            ? id
            : throw InvalidIdError(field, idTypeName),
        _ when type == typeof(int) => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        _ when type == typeof(decimal) => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        IEnumerable<object?> items when type == typeof(IReadOnlyList<string>) => items.OfType<string>().ToList(),
        _ => type.IsInstanceOfType(value) ? value : null,
    };

    public static DomainException MissingError(string field) =>
        new("REQUIRED", $"'{field}' is required.", $"“{field}”不能为空。", field);

    public static DomainException InvalidIdError(string field, string typeName) =>
        new("INVALID_ID", $"'{field}' is not a {typeName} id.", $"“{field}”不是有效的{typeName} ID。", field);
}
