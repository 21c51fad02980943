using GraphQL;

namespace CrmGraph.Api.GraphQL.Relay;

/// <summary>The Relay arguments of one connection field, checked against the configured page sizes.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public bool Backward => Last is not null || (Before is not null && First is null);

    public static PagingArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>The number of items to return, or a clear error for arguments that cannot be honoured.</summary>
    public int PageSize(PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (First is not null && Last is not null)
        {
            throw Error("Pass either 'first' or 'last', not both.");
        }

        var requested = First ?? Last;
        var name = First is not null ? "first" : "last";
        return requested switch
        {
            null => options.DefaultPageSize,
            < 0 => throw Error($"'{name}' must not be negative."),
            var n when n > options.MaxPageSize =>
                throw Error($"'{name}' must be at most {options.MaxPageSize}; it was {n}."),
            var n => n.Value,
        };
    }

    private static ExecutionError Error(string message) => new(message) { Code = "INVALID_PAGING_ARGUMENT" };
}

public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;
}
