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
        Description = "Tests on one value; the tests given must all hold. 对单个值的筛选条件。";
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))))
            .Description("Every test must hold. 全部条件都满足。");
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))))
            .Description("At least one test must hold. 至少一个条件满足。");
    }

    protected void Equality(IGraphType scalar, IGraphType listItem)
    {
        Field("eq", scalar).Description("Equal to. 等于。");
        Field("neq", scalar).Description("Not equal to. 不等于。");
        Field("in", new ListGraphType(listItem)).Description("One of these. 属于其中之一。");
        Field("nin", new ListGraphType(listItem)).Description("None of these. 不属于其中任何一个。");
    }

    protected void Comparison(Func<IGraphType> scalar)
    {
        foreach (var op in OperationFilterInputs.Comparisons)
        {
            Field(op, scalar()).Description(ComparisonDescriptions[op]);
        }
    }

    private static readonly Dictionary<string, string> ComparisonDescriptions = new()
    {
        ["gt"] = "Greater than (later than). 大于（晚于）。",
        ["ngt"] = "Not greater than. 不大于。",
        ["gte"] = "Greater than or equal to. 大于或等于。",
        ["ngte"] = "Not greater than or equal to. 不大于等于。",
        ["lt"] = "Less than (earlier than). 小于（早于）。",
        ["nlt"] = "Not less than. 不小于。",
        ["lte"] = "Less than or equal to. 小于或等于。",
        ["nlte"] = "Not less than or equal to. 不小于等于。",
    };
}

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    private static readonly (string Op, string Description)[] TextTests =
    [
        ("contains", "Contains this text, ignoring case. 包含。"),
        ("ncontains", "Does not contain this text. 不包含。"),
        ("startsWith", "Starts with this text, ignoring case. 开头是。"),
        ("nstartsWith", "Does not start with this text. 开头不是。"),
        ("endsWith", "Ends with this text, ignoring case. 结尾是。"),
        ("nendsWith", "Does not end with this text. 结尾不是。"),
    ];

    public StringOperationFilterInputType()
        : base("StringOperationFilterInput")
    {
        Description = "Text tests. `eq`, `neq`, `in` and `nin` match exactly; `contains`, `startsWith` and " +
            "`endsWith` (and their `n…` negations) ignore letter case. 文本筛选条件。";
        Equality(new StringGraphType(), new StringGraphType());
        foreach (var (op, description) in TextTests)
        {
            Field(op, new StringGraphType()).Description(description);
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
        Field("eq", new BooleanGraphType()).Description("Equal to. 等于。");
        Field("neq", new BooleanGraphType()).Description("Not equal to. 不等于。");
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

/// <summary>
/// Hot Chocolate's <c>ListStringOperationFilterInput</c>: conditions on the elements of a list of strings.
/// </summary>
public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    public ListStringOperationFilterInputType()
    {
        Name = "ListStringOperationFilterInput";
        Description = "Conditions on a list of strings: `some`/`all`/`none` of its elements match, or it has `any` " +
            "element at all. 列表筛选条件。";
        Field("all", new GraphQLTypeReference("StringOperationFilterInput"))
            .Description("Every element matches (true for an empty list). 每个元素都满足。");
        Field("none", new GraphQLTypeReference("StringOperationFilterInput"))
            .Description("No element matches. 没有元素满足。");
        Field("some", new GraphQLTypeReference("StringOperationFilterInput"))
            .Description("At least one element matches. 至少一个元素满足。");
        Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty. 列表是否非空。");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value;
}
