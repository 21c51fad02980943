using System.Linq.Expressions;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Filtering;

/// <summary>What a filterable field compares: decides its operation input type and its operators.</summary>
public enum FilterKind
{
    Text,
    Number,
    Money,
    Instant,
    Flag,
    Choice,
    Reference,
}

/// <summary>One field of a <c>…FilterInput</c>: its name in the schema and the entity expression it filters.</summary>
public sealed record FilterField(string Name, LambdaExpression Selector, FilterKind Kind, string Description)
{
    /// <summary>
    /// For <see cref="FilterKind.Choice"/>: the enum graph type. For <see cref="FilterKind.Reference"/>: the node type
    /// name.
    /// </summary>
    public Type? EnumGraphType { get; init; }

    public string? IdTypeName { get; init; }

    /// <summary>
    /// For a custom predicate (a field computed from several columns or rows): builds the test from the value.
    /// </summary>
    public Func<object?, FilterContext, LambdaExpression>? Custom { get; init; }

    /// <summary>The custom predicate needs the viewer's team (its time zone defines "today").</summary>
    public bool NeedsTeam { get; init; }

    public IGraphType? CustomInputType { get; init; }
}

/// <summary>
/// The filterable fields of one entity, declared once; <see cref="FilterInputType{T}"/> turns it into the
/// Hot Chocolate-shaped input and <see cref="FilterTranslator"/> into a SQL-translatable predicate.
/// </summary>
public sealed class FilterSpec<T>(string inputName, string description)
{
    private readonly List<FilterField> _fields = [];

    public string InputName { get; } = inputName;

    public string Description { get; } = description;

    public IReadOnlyList<FilterField> Fields => _fields;

    public FilterSpec<T> Text(string name, Expression<Func<T, string?>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Text, description));

    public FilterSpec<T> Number(string name, Expression<Func<T, int>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Number, description));

    public FilterSpec<T> Money(string name, Expression<Func<T, decimal?>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Money, description));

    public FilterSpec<T> Instant(string name, Expression<Func<T, DateTimeOffset>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Instant, description));

    public FilterSpec<T> OptionalInstant(
        string name, Expression<Func<T, DateTimeOffset?>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Instant, description));

    public FilterSpec<T> Flag(string name, Expression<Func<T, bool>> selector, string description) =>
        Add(new FilterField(name, selector, FilterKind.Flag, description));

    public FilterSpec<T> Choice<TEnum, TEnumGraphType>(
        string name, Expression<Func<T, TEnum>> selector, string description)
        where TEnum : struct, Enum
        where TEnumGraphType : EnumerationGraphType<TEnum> =>
        Add(new FilterField(name, selector, FilterKind.Choice, description) { EnumGraphType = typeof(TEnumGraphType) });

    public FilterSpec<T> Reference(
        string name, Expression<Func<T, Guid>> selector, string nodeTypeName, string description) =>
        Add(new FilterField(name, selector, FilterKind.Reference, description) { IdTypeName = nodeTypeName });

    public FilterSpec<T> OptionalReference(
        string name, Expression<Func<T, Guid?>> selector, string nodeTypeName, string description) =>
        Add(new FilterField(name, selector, FilterKind.Reference, description) { IdTypeName = nodeTypeName });

    public FilterSpec<T> OptionalChoice<TEnum, TEnumGraphType>(
        string name, Expression<Func<T, TEnum?>> selector, string description)
        where TEnum : struct, Enum
        where TEnumGraphType : EnumerationGraphType<TEnum> =>
        Add(new FilterField(name, selector, FilterKind.Choice, description) { EnumGraphType = typeof(TEnumGraphType) });

    /// <summary>
    /// A field whose test is built by code (e.g. "has an overdue follow-up"). <paramref name="inputType"/> must be a
    /// <see cref="GraphQLTypeReference"/>: specs are static and shared by every schema instance.
    /// </summary>
    public FilterSpec<T> Custom(
        string name, IGraphType inputType, string description, Func<object?, FilterContext, Expression<Func<T,
        bool>>> build, bool needsTeam = false) =>
        Add(new FilterField(
            name, (Expression<Func<T, bool>>)(_ => true), FilterKind.Flag,
            description)
        { Custom = build, CustomInputType = inputType, NeedsTeam = needsTeam });

    private FilterSpec<T> Add(FilterField field)
    {
        _fields.Add(field);
        return this;
    }
}

/// <summary>
/// What custom filter fields may use: the request's database, its "now", and the viewer's team when needed.
/// </summary>
public sealed record FilterContext(Persistence.CrmDbContext Db, DateTimeOffset Now, Domain.Teams.Team? Team);
