using System.Threading.Channels;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>
/// One subscriber's reminders: first the stored ones after the id it last saw (oldest first), then live ones as they
/// are committed. It listens before it reads the stored rows and skips what it already sent, so nothing falls into
/// the seam and nothing comes twice. The rows are the truth: a reconnecting client passes its last id and gets
/// whatever it missed, whichever node stored it.
/// </summary>
public sealed class ReminderFeed(IObservable<IDomainEvent> events, IServiceScopeFactory scopes, Viewer viewer, Guid? after) : IObservable<object?>
{
    public const int PageSize = 100;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var live = Channel.CreateBounded<Guid>(new BoundedChannelOptions(4096) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var upstream = events.Subscribe(new Listen(live.Writer, viewer.UserId));
        var stop = new CancellationTokenSource();
        _ = PumpAsync(live.Reader, observer, stop.Token);
        return new Subscription(upstream, live.Writer, stop);
    }

    private static void Deliver(IObserver<object?> observer, Domain.Reminders.Reminder reminder)
    {
        observer.OnNext(reminder);
        Telemetry.CrmTelemetry.RemindersDelivered.Add(1, new KeyValuePair<string, object?>("kind", reminder.Kind.ToString()));
    }

    private async Task PumpAsync(ChannelReader<Guid> live, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        var sent = new HashSet<Guid>();
        try
        {
            var last = after;
            while (true)
            {
                var page = await StoredAfterAsync(last, cancellationToken).ConfigureAwait(false);
                foreach (var reminder in page.Where(r => sent.Add(r.Id)))
                {
                    Deliver(observer, reminder);
                }

                if (page.Count < PageSize)
                {
                    break;
                }

                last = page[^1].Id;
            }

            await foreach (var id in live.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (sent.Add(id) && await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } reminder)
                {
                    Deliver(observer, reminder);
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

    private async Task<List<Reminder>> StoredAfterAsync(Guid? last, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reminders = VisibilityScope.Reminders(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer);
        if (last is { } id)
        {
            // Ids are UUID v7: id order is issue order, on both engines.
            reminders = reminders.Where(r => r.Id > id);
        }

        return await reminders.OrderBy(r => r.Id).Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reminder?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await VisibilityScope.Reminders(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Listen(ChannelWriter<Guid> writer, Guid recipientId) : IObserver<IDomainEvent>
    {
        public void OnNext(IDomainEvent value)
        {
            if (value is ReminderIssued issued && issued.RecipientId == recipientId)
            {
                writer.TryWrite(issued.ReminderId);
            }
        }

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }

    private sealed class Subscription(IDisposable upstream, ChannelWriter<Guid> writer, CancellationTokenSource stop) : IDisposable
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
