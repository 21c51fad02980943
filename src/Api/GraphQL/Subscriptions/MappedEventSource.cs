using System.Threading.Channels;

namespace CrmGraph.Api.GraphQL.Subscriptions;

/// <summary>
/// Turns a hub of events into one subscriber's stream: each event is mapped asynchronously (e.g. reloaded through
/// the subscriber's visibility scope) in arrival order; a null mapping is skipped. Disposing ends the stream.
/// </summary>
public sealed class MappedEventSource<TEvent>(
    IObservable<TEvent> source, Func<TEvent, CancellationToken, Task<object?>> map) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var queue = Channel.CreateBounded<TEvent>(
            new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var stop = new CancellationTokenSource();
        var upstream = source.Subscribe(new Enqueue(queue.Writer));
        _ = PumpAsync(queue.Reader, observer, stop.Token);
        return new Subscription(upstream, queue.Writer, stop);
    }

    private async Task PumpAsync(
        ChannelReader<TEvent> reader, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await map(item, cancellationToken).ConfigureAwait(false) is { } value)
                {
                    observer.OnNext(value);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed.
        }
#pragma warning disable CA1031 // A failing subscriber stream must end with an error event, not crash the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            observer.OnError(ex);
        }
    }

    private sealed class Enqueue(ChannelWriter<TEvent> writer) : IObserver<TEvent>
    {
        public void OnNext(TEvent value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }

    private sealed class Subscription(
        IDisposable upstream, ChannelWriter<TEvent> writer, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            upstream.Dispose();
            writer.TryComplete();
            stop.Cancel();
            stop.Dispose();
        }
    }
}
