using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Enums;

/// <summary>A domain enum in CONSTANT_CASE, described by the domain's own bilingual documentation.</summary>
public class DomainEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    public DomainEnumType()
    {
        Name = typeof(TEnum).Name;
        Description = DomainDocs.Summary(typeof(TEnum));
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var graphValue = Values.FindByValue(value);
            if (graphValue is not null)
            {
                graphValue.Description = DomainDocs.Summary(typeof(TEnum), value.ToString());
            }
        }
    }
}
