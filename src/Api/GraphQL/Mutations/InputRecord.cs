using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// Derives a mutation's GraphQL input type from its C# input record and binds a parsed input to that record.
/// Each parameter of the record's constructor is one field, in order: the name is the parameter's in camelCase,
/// the description its <c>[Description]</c>, and it is non-null exactly when the C# type is not nullable and it has no
/// <c>[DefaultValue]</c> (a member with one is optional, and left out or null it takes that value).
/// </summary>
public static class InputRecord
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<InputMember>> Members = new();

    /// <summary>The members of <paramref name="recordType"/>'s constructor, as input fields.</summary>
    public static IReadOnlyList<InputMember> MembersOf(Type recordType) =>
        Members.GetOrAdd(recordType, static type => [.. Constructor(type).GetParameters().Select(InputMember.From)]);

    /// <summary>
    /// The input object type named <paramref name="name"/> with one field per member of the record, described by
    /// the record's own <c>[Description]</c> if it has one, else by <paramref name="description"/>.
    /// </summary>
    public static InputObjectGraphType GraphType<TInput>(string name, string description)
        where TInput : class
    {
        var type = new InputObjectGraphType
        {
            Name = name,
            Description = typeof(TInput).GetCustomAttribute<DescriptionAttribute>()?.Description ?? description,
        };
        AddFields<TInput>(type);
        return type;
    }

    /// <summary>Adds one field per member of the record to <paramref name="type"/>, with its default if any.</summary>
    public static void AddFields<TInput>(InputObjectGraphType type)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var member in MembersOf(typeof(TInput)))
        {
            var field = type.Field(member.Name, member.GraphType()).Description(member.Description);
            if (member.DefaultValue is { } value)
            {
                field.DefaultValue(value);
            }
        }
    }

    /// <summary>
    /// The record holding <paramref name="values"/> (the input as parsed by GraphQL.NET). Ids are decoded with their
    /// type checked; a bad one is refused with the same field-named error as everywhere else.
    /// </summary>
    public static TInput Bind<TInput>(IDictionary<string, object?> values)
        where TInput : class => (TInput)Bind(typeof(TInput), values);

    /// <summary>The record of type <paramref name="recordType"/> holding <paramref name="values"/>.</summary>
    public static object Bind(Type recordType, IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var arguments = MembersOf(recordType).Select(member => member.Bind(values)).ToArray();
        return Constructor(recordType).Invoke(arguments);
    }

    private static ConstructorInfo Constructor(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
        ?? throw new InvalidOperationException($"{type.Name} needs a public constructor taking its input fields.");
}

/// <summary>One field of an input record: its GraphQL name, description, type and how its value is read.</summary>
public sealed class InputMember
{
    private readonly Type _declaredType;

    private InputMember(string name, string description, Type declaredType, Type clrType, bool required, bool optional)
    {
        _declaredType = declaredType;
        Name = name;
        Description = description;
        ClrType = clrType;
        Required = required;
        IsOptional = optional;
    }

    public string Name { get; }

    public string Description { get; }

    /// <summary>The C# type without <c>?</c> and without <see cref="Optional{T}"/>.</summary>
    public Type ClrType { get; }

    /// <summary>Non-null in GraphQL: the C# type is not nullable.</summary>
    public bool Required { get; }

    /// <summary>The member is an <see cref="Optional{T}"/>: it also says whether the field was sent.</summary>
    public bool IsOptional { get; }

    public string? IdTypeName { get; private init; }

    public string? GraphTypeName { get; private init; }

    /// <summary>The <c>[DefaultValue]</c>: shown in the schema; the value when the field is left out or null.</summary>
    public object? DefaultValue { get; private init; }

    /// <summary>For a list of a named type, e.g. <c>[ImportColumnMappingInput!]</c>: the C# type of an item.</summary>
    private Type? ItemType => ClrType.IsGenericType && ClrType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        ? ClrType.GetGenericArguments()[0]
        : null;

    internal static InputMember From(ParameterInfo parameter)
    {
        var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
        var description = parameter.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException(
                $"{parameter.Member.DeclaringType!.Name}.{parameter.Name} needs a [Description].");
        var declared = parameter.ParameterType;
        var optional = declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(Optional<>);
        // NullabilityInfoContext is not thread-safe, and schemas are built on several threads at once.
        var nullability = new NullabilityInfoContext().Create(parameter).ReadState;
        var defaultValue = parameter.GetCustomAttribute<DefaultValueAttribute>()?.Value;
        var required = !optional && nullability == NullabilityState.NotNull && defaultValue is null;
        var type = optional ? declared.GetGenericArguments()[0] : declared;
        var clrType = Nullable.GetUnderlyingType(type) ?? type;
        return new InputMember(name, description, declared, clrType, required, optional)
        {
            IdTypeName = parameter.GetCustomAttribute<GlobalIdAttribute>()?.TypeName,
            GraphTypeName = parameter.GetCustomAttribute<GraphTypeAttribute>()?.TypeName,
            DefaultValue = defaultValue,
        };
    }

    public IGraphType GraphType()
    {
        IGraphType type = (GraphTypeName, ItemType) switch
        {
            (null, _) => InputScalars.GraphType(ClrType, IdTypeName),
            ({ } named, null) => new GraphQLTypeReference(named),
            ({ } named, _) => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(named))),
        };
        return Required ? new NonNullGraphType(type) : type;
    }

    internal object? Bind(IDictionary<string, object?> values)
    {
        var sent = values.TryGetValue(Name, out var raw);
        var value = (GraphTypeName, ItemType) switch
        {
            (null, _) => InputScalars.Read(raw, ClrType, IdTypeName, Name),
            (_, { } itemType) when raw is IEnumerable<object?> items => BindList(itemType, items),
            _ => raw,
        } ?? DefaultValue;
        if (value is null && Required)
        {
            throw InputScalars.MissingError(Name);
        }

        return IsOptional ? Activator.CreateInstance(_declaredType, sent, value) : value;
    }

    // A list of a named input type: each item as parsed, or bound to its record when it is one.
    private static IList BindList(Type itemType, IEnumerable<object?> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            list.Add(item is IDictionary<string, object?> fields && !itemType.IsInstanceOfType(item)
                ? InputRecord.Bind(itemType, fields)
                : item);
        }

        return list;
    }
}
