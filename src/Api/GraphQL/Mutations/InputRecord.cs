using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>
/// Derives a mutation's GraphQL input type from its C# input record and binds a parsed input to that record.
/// Each parameter of the record's constructor is one field, in order: the name is the parameter's in camelCase,
/// the description its <c>[Description]</c>, and it is non-null exactly when the C# type is not nullable.
/// </summary>
public static class InputRecord
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<InputMember>> Members = new();

    /// <summary>The members of <paramref name="recordType"/>'s constructor, as input fields.</summary>
    public static IReadOnlyList<InputMember> MembersOf(Type recordType) =>
        Members.GetOrAdd(recordType, static type => [.. Constructor(type).GetParameters().Select(InputMember.From)]);

    /// <summary>The input object type named <paramref name="name"/> with one field per member of the record.</summary>
    public static InputObjectGraphType GraphType<TInput>(string name, string description)
        where TInput : class
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        foreach (var member in MembersOf(typeof(TInput)))
        {
            type.Field(member.Name, member.GraphType()).Description(member.Description);
        }

        return type;
    }

    /// <summary>
    /// The record holding <paramref name="values"/> (the input as parsed by GraphQL.NET). Ids are decoded with their
    /// type checked; a bad one is refused with the same field-named error as everywhere else.
    /// </summary>
    public static TInput Bind<TInput>(IDictionary<string, object?> values)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(values);
        var arguments = MembersOf(typeof(TInput)).Select(member => member.Bind(values)).ToArray();
        return (TInput)Constructor(typeof(TInput)).Invoke(arguments);
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
        var required = !optional && nullability == NullabilityState.NotNull;
        var type = optional ? declared.GetGenericArguments()[0] : declared;
        var clrType = Nullable.GetUnderlyingType(type) ?? type;
        return new InputMember(name, description, declared, clrType, required, optional)
        {
            IdTypeName = parameter.GetCustomAttribute<GlobalIdAttribute>()?.TypeName,
            GraphTypeName = parameter.GetCustomAttribute<GraphTypeAttribute>()?.TypeName,
        };
    }

    public IGraphType GraphType()
    {
        var type = GraphTypeName is { } named
            ? new GraphQLTypeReference(named)
            : InputScalars.GraphType(ClrType, IdTypeName);
        return Required ? new NonNullGraphType(type) : type;
    }

    internal object? Bind(IDictionary<string, object?> values)
    {
        var sent = values.TryGetValue(Name, out var raw);
        var value = GraphTypeName is null ? InputScalars.Read(raw, ClrType, IdTypeName, Name) : raw;
        if (value is null && Required)
        {
            throw InputScalars.MissingError(Name);
        }

        return IsOptional ? Activator.CreateInstance(_declaredType, sent, value) : value;
    }
}
