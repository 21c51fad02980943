using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>Builds a mutation's input type field by field, e.g. <c>Input("ChangeCustomerGradeInput").Id("customerId")…</c>.</summary>
public sealed class InputFields
{
    private readonly InputObjectGraphType _type;

    public InputFields(string name, string description)
    {
        _type = new InputObjectGraphType { Name = name, Description = description };
    }

    public InputObjectGraphType Type => _type;

    public InputFields Id(string name, string description, bool required = true) => Add(name, required ? new NonNullGraphType(new IdGraphType()) : new IdGraphType(), description);

    /// <summary>The id of the thing the mutation changes, and the optional version the caller read it at.</summary>
    public InputFields Target(string idField, string description) =>
        Id(idField, description).Int(
            ExpectedVersion.Field,
            "The `version` you last read; if it has changed since, nothing is changed and a StaleVersionError is returned. Omit to skip the check (another writer saving at the same moment is still detected). 乐观并发版本号。");

    /// <summary><see cref="Target"/> for the usual <c>customerId</c>.</summary>
    public InputFields Customer() => Target("customerId", "The customer. 客户。");

    /// <summary>The optional <c>idempotencyKey</c> of a create mutation.</summary>
    public InputFields IdempotencyKey() =>
        Text("idempotencyKey", "A key of your choosing (e.g. a UUID): retrying with the same key and input returns the record created the first time instead of a second one. 幂等键。");

    public InputFields Text(string name, string description, bool required = false) => Add(name, required ? new NonNullGraphType(new StringGraphType()) : new StringGraphType(), description);

    public InputFields Int(string name, string description, bool required = false) => Add(name, required ? new NonNullGraphType(new IntGraphType()) : new IntGraphType(), description);

    public InputFields Decimal(string name, string description, bool required = false) =>
        Add(name, required ? new NonNullGraphType(new DecimalGraphType()) : new DecimalGraphType(), description);

    public InputFields Flag(string name, string description, bool required = false) =>
        Add(name, required ? new NonNullGraphType(new BooleanGraphType()) : new BooleanGraphType(), description);

    public InputFields Date(string name, string description, bool required = false) =>
        Add(name, required ? new NonNullGraphType(new GraphQLTypeReference("Date")) : new GraphQLTypeReference("Date"), description);

    public InputFields Instant(string name, string description, bool required = false) =>
        Add(name, required ? new NonNullGraphType(new GraphQLTypeReference("DateTime")) : new GraphQLTypeReference("DateTime"), description);

    /// <summary>A field of a named input object type, e.g. <c>PoolPolicyInput</c>.</summary>
    public InputFields Object(string name, string typeName, string description) => Add(name, new GraphQLTypeReference(typeName), description);

    public InputFields TextList(string name, string description, bool required = true)
    {
        var list = new ListGraphType(new NonNullGraphType(new StringGraphType()));
        return Add(name, required ? new NonNullGraphType(list) : list, description);
    }

    public InputFields Choice(string name, string enumName, string description, bool required = true) =>
        Add(name, required ? new NonNullGraphType(new GraphQLTypeReference(enumName)) : new GraphQLTypeReference(enumName), description);

    private InputFields Add(string name, IGraphType type, string description)
    {
        _type.Field(name, type).Description(description);
        return this;
    }
}

/// <summary>Typed reads of a parsed input object, with the field named in every error.</summary>
public sealed class InputValues(IDictionary<string, object?> values)
{
    public Guid Id(string field, string typeName) =>
        OptionalId(field, typeName) ?? throw new DomainException("REQUIRED", $"'{field}' is required.", $"“{field}”不能为空。", field);

    public Guid? OptionalId(string field, string typeName) =>
        values.TryGetValue(field, out var value) && value is string text
            ? GlobalId.TryParse(text, typeName, out var id) ? id : throw new DomainException("INVALID_ID", $"'{field}' is not a {typeName} id.", $"“{field}”不是有效的{typeName} ID。", field)
            : null;

    public string? Text(string field) => values.TryGetValue(field, out var value) ? value as string : null;

    public int? Int(string field) => values.TryGetValue(field, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public decimal? Decimal(string field) => values.TryGetValue(field, out var value) && value is not null ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool? Flag(string field) => values.TryGetValue(field, out var value) ? value as bool? : null;

    public DateOnly? Date(string field) => values.TryGetValue(field, out var value) ? value as DateOnly? : null;

    public DateTimeOffset? Instant(string field) => values.TryGetValue(field, out var value) ? value as DateTimeOffset? : null;

    public T? Choice<T>(string field)
        where T : struct, Enum => values.TryGetValue(field, out var value) && value is T choice ? choice : null;

    public IReadOnlyList<string> TextList(string field) =>
        values.TryGetValue(field, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];

    public bool Has(string field) => values.ContainsKey(field);

    /// <summary>A nested input object as sent, or null when left out.</summary>
    public IDictionary<string, object?>? Object(string field) => values.TryGetValue(field, out var value) ? value as IDictionary<string, object?> : null;
}
