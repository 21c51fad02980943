using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Scalars;

/// <summary>
/// Calendar dates (birthdays, contract terms) as <c>yyyy-MM-dd</c>, named as Hot Chocolate's <c>Date</c>.
/// </summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "The `Date` scalar represents an ISO-8601 compliant date type, e.g. 2026-12-04. 日期。";
    }
}
