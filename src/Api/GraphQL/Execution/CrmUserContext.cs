using GraphQL;

namespace CrmGraph.Api.GraphQL.Execution;

/// <summary>
/// Per-request context handed to resolvers: the viewer (null only for anonymous <c>{ __typename }</c>) and the
/// language.
/// </summary>
public sealed class CrmUserContext : Dictionary<string, object?>
{
    public CrmUserContext(Viewer? viewer, bool chinese)
    {
        Viewer = viewer;
        Chinese = chinese;
    }

    public Viewer? Viewer { get; }

    /// <summary>
    /// True when the request prefers Chinese (Accept-Language zh…): domain messages are answered in Chinese.
    /// </summary>
    public bool Chinese { get; }

    private readonly HashSet<Guid> _viewedCustomers = [];
    private readonly Lock _viewsGate = new();
    private object? _lastViewed;

    /// <summary>
    /// True the first time this operation returns the customer (for the access log). Asked for every field of a
    /// customer: the fields of one customer object come one after another, so the same object as last time answers
    /// without a set lookup.
    /// </summary>
    public bool FirstView(object source, Guid customerId)
    {
        lock (_viewsGate)
        {
            if (ReferenceEquals(source, _lastViewed))
            {
                return false;
            }

            _lastViewed = source;
            return _viewedCustomers.Add(customerId);
        }
    }
}

public static class ResolveContextViewerExtensions
{
    /// <summary>
    /// The viewer; the authentication rule guarantees one exists for every field but <c>__typename</c>.
    /// </summary>
    public static Viewer Viewer(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.UserContext as CrmUserContext)?.Viewer
            ?? throw new InvalidOperationException(
                "No signed-in user; the authentication rule should have refused this request.");
    }

    public static bool PrefersChinese(this IResolveFieldContext context) =>
        context?.UserContext is CrmUserContext { Chinese: true };
}
