namespace CrmGraph.Api.Telemetry;

/// <summary>Counts a subscription as open from here until its disposal (once, however often it is disposed).</summary>
public sealed class SubscriptionGauge : IDisposable
{
    private readonly IDisposable _subscription;
    private readonly KeyValuePair<string, object?> _transport;
    private int _disposed;

    private SubscriptionGauge(IDisposable subscription, string transport)
    {
        _subscription = subscription;
        _transport = new("transport", transport);
        CrmTelemetry.OpenSubscriptions.Add(1, _transport);
    }

    public static IDisposable Track(IDisposable subscription, string transport) =>
        new SubscriptionGauge(subscription, transport);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _subscription.Dispose();
            CrmTelemetry.OpenSubscriptions.Add(-1, _transport);
        }
    }
}
