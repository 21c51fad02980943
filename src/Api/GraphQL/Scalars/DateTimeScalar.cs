using System.Globalization;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Scalars;

/// <summary>Instants as ISO-8601 strings with offset, named and described as Hot Chocolate's <c>DateTime</c>.</summary>
public sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type with an offset, e.g. " +
            "2026-12-04T08:00:00Z. 时间点。";
        this.ApplyDirective("specifiedBy", "url", "https://www.graphql-scalars.com/date-time");
    }

    /// <summary>UTC with milliseconds, e.g. <c>2026-11-23T03:14:10.319Z</c>: the same text on both engines.</summary>
    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime()
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => base.Serialize(value),
    };
}
