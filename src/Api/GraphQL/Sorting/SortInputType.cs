using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sorting;

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "A sort direction. 排序方向。";
        Add("ASC", "ASC", "Ascending: smallest, earliest or A first. 升序。");
        Add("DESC", "DESC", "Descending: largest, latest or Z first. 降序。");
    }
}

/// <summary>
/// One element of an <c>order</c> list, e.g. <c>{ enteredAt: DESC }</c>; list position sets precedence.
/// </summary>
public class SortInputType<T> : InputObjectGraphType
{
    public SortInputType(SortSpec<T> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Name = spec.InputName;
        Description = "Sort by one or more fields; several fields in one element apply in the order written. 排序条件。";
        Field("id", new GraphQLTypeReference("SortEnumType")).Description("The id (creation order). 按标识（创建顺序）。");
        foreach (var (name, _, description) in spec.Fields)
        {
            Field(name, new GraphQLTypeReference("SortEnumType")).Description(description);
        }
    }
}
