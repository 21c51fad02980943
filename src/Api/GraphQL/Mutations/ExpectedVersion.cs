using CrmGraph.Api.Persistence.Concurrency;
using CrmGraph.Domain.Common;
using GraphQL;

namespace CrmGraph.Api.GraphQL.Mutations;

/// <summary>Reads the optional <c>expectedVersion</c> of a mutation's input and refuses a stale one.</summary>
public static class ExpectedVersion
{
    public const string Field = "expectedVersion";

    public static void Check(IResolveFieldContext context, AggregateRoot target)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expected = context.Arguments is { } arguments && arguments.TryGetValue("input", out var input)
            && input.Value is IDictionary<string, object?> values && values.TryGetValue(Field, out var value) && value is not null
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : (int?)null;
        StaleVersionException.ThrowIfStale(target, expected, Field);
    }
}

/// <summary>The <c>version</c> field of every changeable object, to pass back as <c>expectedVersion</c>.</summary>
public static class VersionField
{
    public static void AddVersionField<T>(this global::GraphQL.Types.ObjectGraphType<T> type)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field(x => x.Version).Description("Raised by every saved change; send it back as `expectedVersion` to make sure you change what you read. 版本号。");
    }
}
