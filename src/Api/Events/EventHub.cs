using System.Collections.Immutable;

namespace CrmGraph.Api.Events;

/// <summary>
/// In-process fan-out of committed domain events to live subscriptions. Delivery is best effort; the database is
/// the truth (subscribers that must not miss anything replay stored rows, see the reminder outbox).
/// </summary>
public sealed class EventHub<T> : IObservable<T>
{
    private ImmutableList<IObserver<T>> _observers = [];

    public int SubscriberCount => _observers.Count;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ImmutableInterlocked.Update(ref _observers, list => list.Add(observer));
        return new Subscription(this, observer);
    }

    public void Publish(T value)
    {
        foreach (var observer in _observers)
        {
            observer.OnNext(value);
        }
    }

    private sealed class Subscription(EventHub<T> hub, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref hub._observers, list => list.Remove(observer));
    }
}
