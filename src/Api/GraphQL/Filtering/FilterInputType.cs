using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Filtering;

/// <summary>
/// An entity's <c>where</c> input: its fields AND-ed, with <c>and</c>/<c>or</c> lists to combine sub-filters.
/// </summary>
public class FilterInputType<T> : InputObjectGraphType
{
    public FilterInputType(FilterSpec<T> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Name = spec.InputName;
        Description = spec.Description;
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(spec.InputName))))
            .Description("Every sub-filter must hold. 全部条件都满足。");
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(spec.InputName))))
            .Description("At least one sub-filter must hold. 至少一个条件满足。");
        foreach (var field in spec.Fields)
        {
            var type = field.CustomInputType ?? new GraphQLTypeReference(OperationFilterInputs.NameFor(field));
            Field(field.Name, type).Description(field.Description);
        }
    }
}
