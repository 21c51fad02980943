using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Filtering;

/// <summary>The per-type operation inputs, named and shaped as Hot Chocolate generates them.</summary>
public static class OperationFilterInputs
{
    public static readonly string[] Comparisons = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static string NameFor(FilterField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Kind switch
        {
            FilterKind.Text => "StringOperationFilterInput",
            FilterKind.Number => "IntOperationFilterInput",
            FilterKind.Money => "DecimalOperationFilterInput",
            FilterKind.Instant => "DateTimeOperationFilterInput",
            FilterKind.Flag => "BooleanOperationFilterInput",
            FilterKind.Reference => "IdOperationFilterInput",
            FilterKind.Choice => EnumName(field.EnumGraphType!) + "OperationFilterInput",
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private static string EnumName(Type enumGraphType) => ((IGraphType)Activator.CreateInstance(enumGraphType)!).Name;
}

public abstract class OperationFilterInputType : InputObjectGraphType
{
    protected OperationFilterInputType(string name)
    {
        Name = name;
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
    }

    protected void Equality(IGraphType scalar, IGraphType listItem)
    {
        Field("eq", scalar);
        Field("neq", scalar);
        Field("in", new ListGraphType(listItem));
        Field("nin", new ListGraphType(listItem));
    }

    protected void Comparison(Func<IGraphType> scalar)
    {
        foreach (var op in OperationFilterInputs.Comparisons)
        {
            Field(op, scalar());
        }
    }
}

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
        : base("StringOperationFilterInput")
    {
        Description = "Text tests. `eq`, `neq`, `in` and `nin` match exactly; `contains`, `startsWith` and `endsWith` (and their `n…` negations) ignore letter case.";
        Equality(new StringGraphType(), new StringGraphType());
        foreach (var op in new[] { "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith" })
        {
            Field(op, new StringGraphType());
        }
    }
}

public sealed class IntOperationFilterInputType : OperationFilterInputType
{
    public IntOperationFilterInputType()
        : base("IntOperationFilterInput")
    {
        Equality(new IntGraphType(), new IntGraphType());
        Comparison(() => new IntGraphType());
    }
}

public sealed class DecimalOperationFilterInputType : OperationFilterInputType
{
    public DecimalOperationFilterInputType()
        : base("DecimalOperationFilterInput")
    {
        Equality(new DecimalGraphType(), new DecimalGraphType());
        Comparison(() => new DecimalGraphType());
    }
}

public sealed class DateTimeOperationFilterInputType : OperationFilterInputType
{
    public DateTimeOperationFilterInputType()
        : base("DateTimeOperationFilterInput")
    {
        Equality(new GraphQLTypeReference("DateTime"), new GraphQLTypeReference("DateTime"));
        Comparison(() => new GraphQLTypeReference("DateTime"));
    }
}

public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
        : base("BooleanOperationFilterInput")
    {
        Field("eq", new BooleanGraphType());
        Field("neq", new BooleanGraphType());
    }
}

public sealed class IdOperationFilterInputType : OperationFilterInputType
{
    public IdOperationFilterInputType()
        : base("IdOperationFilterInput")
    {
        Equality(new IdGraphType(), new IdGraphType());
    }
}

/// <summary><c>{ eq neq in nin }</c> over one enum, e.g. <c>CustomerKindOperationFilterInput</c>.</summary>
public sealed class EnumOperationFilterInputType<TEnumGraphType> : OperationFilterInputType
    where TEnumGraphType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
        : base(new TEnumGraphType().Name + "OperationFilterInput")
    {
        var enumName = new TEnumGraphType().Name;
        Equality(new GraphQLTypeReference(enumName), new NonNullGraphType(new GraphQLTypeReference(enumName)));
    }
}

/// <summary>Hot Chocolate's <c>ListStringOperationFilterInput</c>: conditions on the elements of a list of strings.</summary>
public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    public ListStringOperationFilterInputType()
    {
        Name = "ListStringOperationFilterInput";
        Description = "Conditions on a list of strings: `some`/`all`/`none` of its elements match, or it has `any` element at all.";
        Field("all", new GraphQLTypeReference("StringOperationFilterInput")).Description("Every element matches (true for an empty list).");
        Field("none", new GraphQLTypeReference("StringOperationFilterInput")).Description("No element matches.");
        Field("some", new GraphQLTypeReference("StringOperationFilterInput")).Description("At least one element matches.");
        Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value;
}
